import { useMemo } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { UpdateInput } from '@/db/updates';
import { eraOf } from '@/domain/typed-date';
import { ROUNDS, UPDATE_STATUSES } from '@/domain/types';
import { exampleDate } from '@/forms/date-checks';
import { useDraftForm } from '@/forms/use-draft-form';
import { translateError } from '@/i18n/translate-error';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { DateField } from '@/ui/date-field';
import { Field } from '@/ui/field';
import { LinksField } from '@/ui/links-field';
import { useToday } from '@/ui/use-today';

import {
  toFormInput,
  toUpdateInput,
  updateFormSchemaFor,
  type UpdateFormInput,
} from './update-form-schema';

interface UpdateFormProps {
  update?: UpdateInput;
  /** The measure's: the date is read and checked against it. */
  fiscalYear: number;
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
  fiscalYear,
  draftKey,
  onSave,
  onCancel,
}: UpdateFormProps) {
  const { t } = useTranslation();
  const today = useToday();
  const { language } = useFormat();
  const schema = useMemo(
    () => updateFormSchemaFor({ fiscalYear, era: eraOf(language) }),
    [fiscalYear, language],
  );
  const { form, submit, cancel, notice, saveError } = useDraftForm({
    draftKey,
    schema,
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
          <DateField<UpdateFormInput>
            name="date"
            label={t('update.date')}
            hint={t('update.dateHint', { example: exampleDate(fiscalYear) })}
            error={translateError(t, errors.date?.message)}
            required
            fiscalYear={fiscalYear}
          />
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
