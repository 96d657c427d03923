import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Field } from '@/ui/field';

import type { OfficeFormInput } from './office-form-schema';

type Role = 'preparedBy' | 'endorsedBy' | 'approvedBy';

/** Name and position of one person who signs the report. */
export function SignatoryFields({ name }: { name: Role }) {
  const { t } = useTranslation();
  const { register } = useFormContext<OfficeFormInput>();
  return (
    <div className="form-row">
      <Field label={t(`office.${name}.name`)}>
        {(p) => (
          <input {...p} {...register(`${name}.name`)} autoComplete="off" />
        )}
      </Field>
      <Field label={t(`office.${name}.position`)}>
        {(p) => (
          <input {...p} {...register(`${name}.position`)} autoComplete="off" />
        )}
      </Field>
    </div>
  );
}
