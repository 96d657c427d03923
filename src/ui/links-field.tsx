import {
  useFieldArray,
  useFormContext,
  type ArrayPath,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { translateError } from '@/i18n/translate-error';

import { Button } from './button';
import { Field } from './field';

const URL_PLACEHOLDER = 'https://';

/** Edits a form's list of evidence links (`{ url }` rows under `name`). */
export function LinksField<T extends FieldValues>({
  name,
}: {
  name: ArrayPath<T>;
}) {
  const { t } = useTranslation();
  const { control, register, getFieldState, formState } = useFormContext<T>();
  const { fields, append, remove } = useFieldArray({
    control,
    name,
    keyName: 'key',
  });
  return (
    <fieldset className="form-section">
      <legend>{t('links.legend')}</legend>
      <p className="form-section-hint">{t('links.hint')}</p>
      <ol className="editable-list">
        {fields.map((field, index) => {
          const path = `${name}.${index}.url` as Path<T>;
          const error = getFieldState(path, formState).error?.message;
          return (
            <li key={field.key} className="editable-list-item">
              <Field
                label={t('links.link', { number: index + 1 })}
                error={translateError(t, error)}
                required
              >
                {(p) => (
                  <input
                    {...p}
                    {...register(path)}
                    type="url"
                    inputMode="url"
                    placeholder={URL_PLACEHOLDER}
                  />
                )}
              </Field>
              <Button
                variant="ghost"
                onClick={() => remove(index)}
                aria-label={t('links.remove', { number: index + 1 })}
              >
                {t('common.remove')}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => append({ url: '' } as never)}>
        {t('links.add')}
      </Button>
    </fieldset>
  );
}
