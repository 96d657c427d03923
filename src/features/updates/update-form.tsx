import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { UpdateInput } from '@/db/updates';
import { ROUNDS, UPDATE_STATUSES } from '@/domain/types';
import { useDraftForm } from '@/forms/use-draft-form';
import { translateError } from '@/i18n/translate-error';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';
import { LinksField } from '@/ui/links-field';
import { useToday } from '@/ui/use-today';

import {
  toFormInput,
  toUpdateInput,
  updateFormSchema,
  type UpdateFormInput,
} from './update-form-schema';

interface UpdateFormProps {
  update?: UpdateInput;
  /** Where the unsaved typing is kept, e.g. `update:<id>`. */
  draftKey: string;
  onSave: (input: UpdateInput) => Promise<void>;
  onCancel: () => void;
}

type TextField = 'result' | 'suggestions' | 'outcome' | 'problems';
const TEXT_FIELDS: TextField[] = [
  'result',
  'suggestions',
  'outcome',
  'problems',
];

/** Records what was done on a measure, when, and how far it has come. */
export function UpdateForm({
  update,
  draftKey,
  onSave,
  onCancel,
}: UpdateFormProps) {
  const { t } = useTranslation();
  const today = useToday();
  const { form, submit, cancel, notice, saveError } = useDraftForm({
    draftKey,
    schema: updateFormSchema,
    initial: toFormInput(update, today),
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const late = useWatch({ control, name: 'status' }) === 'late';

  const onSubmit = submit((values) => onSave(toUpdateInput(values)));

  return (
    <FormProvider {...form}>
      <form className="form update-form" onSubmit={onSubmit} noValidate>
        {notice}
        <div className="form-row">
          <Field
            label={t('update.date')}
            error={translateError(t, errors.date?.message)}
            required
          >
            {(p) => <input {...p} {...register('date')} type="date" />}
          </Field>
          <Field label={t('update.round')} hint={t('update.roundHint')}>
            {(p) => (
              <select {...p} {...register('round')}>
                {ROUNDS.map((round) => (
                  <option key={round} value={round}>
                    {t(`round.${round}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('update.status')}>
            {(p) => (
              <select {...p} {...register('status')}>
                {UPDATE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('update.percent')}
            error={translateError(t, errors.percent?.message)}
            required
          >
            {(p) => (
              <input
                {...p}
                {...register('percent')}
                inputMode="decimal"
                size={5}
              />
            )}
          </Field>
        </div>
        {TEXT_FIELDS.map((name) => (
          <Field
            key={name}
            label={t(`update.${name}`)}
            hint={name === 'problems' ? t('update.problemsHint') : undefined}
            error={translateError(t, errors[name]?.message)}
            required={name === 'problems' && late}
          >
            {(p) => <textarea {...p} {...register(name)} rows={3} />}
          </Field>
        ))}
        <LinksField<UpdateFormInput> name="evidence" />
        <Field label={t('update.reporter')}>
          {(p) => (
            <input {...p} {...register('reporter')} autoComplete="name" />
          )}
        </Field>
        {saveError}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={formState.isSubmitting}
          >
            {t('common.save')}
          </Button>
          <Button onClick={cancel(onCancel)}>{t('common.cancel')}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
