import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { UpdateInput } from '@/db/updates';
import { lateReason } from '@/domain/measure-status';
import { eraOf } from '@/domain/typed-date';
import {
  UPDATE_STATUSES,
  type Measure,
  type ProgressUpdate,
} from '@/domain/types';
import { exampleDate } from '@/forms/date-checks';
import { useDraftForm } from '@/forms/use-draft-form';
import { translateError } from '@/i18n/translate-error';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { DateField } from '@/ui/date-field';
import { Field } from '@/ui/field';
import { LinksField } from '@/ui/links-field';
import { useToday } from '@/ui/use-today';

import { RoundFields } from './round-fields';
import {
  stillLate,
  toFormInput,
  toUpdateInput,
  updateFormSchema,
  type UpdateContext,
  type UpdateFormInput,
} from './update-form-schema';

interface UpdateFormProps {
  measure: Measure;
  /** The measure's other live updates: all of them for a new update. */
  others: readonly ProgressUpdate[];
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
  measure,
  others,
  update,
  draftKey,
  onSave,
  onCancel,
}: UpdateFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const era = eraOf(format.language);
  const context: UpdateContext = { measure, others, today, era };
  const { form, submit, cancel, notice, saveError } = useDraftForm({
    draftKey,
    schema: updateFormSchema(context),
    initial: toFormInput(update, context),
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const [date, status, percent] = useWatch({
    control,
    name: ['date', 'status', 'percent'],
  });
  const late = status === 'late';
  // The measure would still be late once this is saved: problems are due.
  const after = stillLate({ date, status, percent }, context);
  const needsProblems = late || after !== null;
  const startedLate =
    !update && late && lateReason(measure, others, today) !== null;
  const problemsHint =
    late || !after
      ? t('update.problemsHint')
      : after.kind === 'period-ended'
        ? t('update.problemsNeeded', { date: format.date(after.periodEnd) })
        : t('update.problemsNeededLatest');
  const problemsError = errors.problems?.message;

  const onSubmit = submit((values) =>
    onSave(toUpdateInput(values, measure.fiscalYear)),
  );

  return (
    <FormProvider {...form}>
      <form className="form update-form" onSubmit={onSubmit} noValidate>
        {notice}
        <div className="form-row">
          <DateField<UpdateFormInput>
            name="date"
            label={t('update.date')}
            hint={t('update.dateHint', {
              example: exampleDate(measure.fiscalYear),
            })}
            error={translateError(t, errors.date?.message)}
            required
            fiscalYear={measure.fiscalYear}
          />
          <RoundFields fiscalYear={measure.fiscalYear} />
          <Field
            label={t('update.status')}
            hint={startedLate ? t('update.startsLate') : undefined}
          >
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
            hint={name === 'problems' ? problemsHint : undefined}
            error={
              name === 'problems' &&
              problemsError === 'errors.problemsPeriodEnded'
                ? t(problemsError, {
                    date:
                      after?.kind === 'period-ended'
                        ? format.date(after.periodEnd)
                        : '',
                  })
                : translateError(t, errors[name]?.message)
            }
            required={name === 'problems' && needsProblems}
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
