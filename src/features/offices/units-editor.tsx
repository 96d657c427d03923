import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { newId } from '@/db/clock';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

import type { OfficeFormInput } from './office-form-schema';

/** The office's units (ส่วนราชการ): add, rename, remove. */
export function UnitsEditor() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<OfficeFormInput>();
  const { fields, append, remove } = useFieldArray({
    control,
    name: 'units',
    keyName: 'key',
  });
  const listError = translateError(
    t,
    formState.errors.units?.root?.message ?? formState.errors.units?.message,
  );

  return (
    <fieldset className="form-section">
      <legend>{t('office.units')}</legend>
      <p className="form-section-hint">{t('office.unitsHint')}</p>
      <ol className="editable-list">
        {fields.map((field, index) => (
          <li key={field.key} className="editable-list-item">
            <Field
              label={t('office.unitName', { number: index + 1 })}
              error={translateError(
                t,
                formState.errors.units?.[index]?.name?.message,
              )}
              required
            >
              {(p) => <input {...p} {...register(`units.${index}.name`)} />}
            </Field>
            <Button
              variant="ghost"
              onClick={() => remove(index)}
              aria-label={t('office.removeUnit', { number: index + 1 })}
            >
              {t('common.remove')}
            </Button>
          </li>
        ))}
      </ol>
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      <Button onClick={() => append({ id: newId(), name: '' })}>
        {t('office.addUnit')}
      </Button>
    </fieldset>
  );
}
