import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

import type { MeasureFormInput } from './measure-form-schema';
import { MethodsStyleSelect } from './methods-style-select';

/** The measure's methods (วิธีการดำเนินการ) as ordered steps. */
export function MethodsEditor() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<MeasureFormInput>();
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: 'methods',
    keyName: 'key',
  });
  const listError =
    formState.errors.methods?.root?.message ??
    formState.errors.methods?.message;

  return (
    <fieldset className="form-section">
      <legend>{t('measure.methods')}</legend>
      <MethodsStyleSelect />
      <ol className="editable-list">
        {fields.map((field, index) => (
          <li key={field.key} className="editable-list-item">
            <Field
              label={t('measure.method', { number: index + 1 })}
              error={translateError(
                t,
                formState.errors.methods?.[index]?.text?.message,
              )}
              required
            >
              {(p) => (
                <textarea
                  {...p}
                  {...register(`methods.${index}.text`)}
                  rows={2}
                />
              )}
            </Field>
            <div className="row-buttons">
              <Button
                variant="ghost"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={t('measure.moveMethodUp', { number: index + 1 })}
              >
                {t('common.up')}
              </Button>
              <Button
                variant="ghost"
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={t('measure.moveMethodDown', { number: index + 1 })}
              >
                {t('common.down')}
              </Button>
              <Button
                variant="ghost"
                onClick={() => remove(index)}
                aria-label={t('measure.removeMethod', { number: index + 1 })}
              >
                {t('common.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {listError ? (
        <p className="field-error" role="alert">
          {translateError(t, listError)}
        </p>
      ) : null}
      <Button onClick={() => append({ text: '' })}>
        {t('measure.addMethod')}
      </Button>
    </fieldset>
  );
}
