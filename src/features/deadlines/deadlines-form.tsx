import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { clearDeadline, setDeadline } from '@/db/deadlines';
import { defaultDue, type DueDate } from '@/domain/deadlines';
import { eraOf } from '@/domain/typed-date';
import { ROUNDS } from '@/domain/types';
import { useDraftForm } from '@/forms/use-draft-form';
import { useSavedNote } from '@/forms/use-saved-note';
import { translateError } from '@/i18n/translate-error';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { DateField } from '@/ui/date-field';

import {
  deadlinesSchema,
  ROUND_FIELDS,
  type DeadlinesValues,
} from './deadlines-schema';

type Input = { sixMonth: string; annual: string };

/**
 * The two due dates of a fiscal year. Saving writes only a date that
 * differs from the one that applies, so a default left as it is stays a
 * default; "back to the defaults" deletes the dates set.
 */
export function DeadlinesForm({
  fiscalYear,
  dues,
}: {
  fiscalYear: number;
  dues: readonly DueDate[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const dueOf = (round: DueDate['round']) =>
    dues.find((d) => d.round === round) as DueDate;
  const { form, submit, notice, saveError } = useDraftForm({
    draftKey: `deadlines:${fiscalYear}`,
    schema: deadlinesSchema({ fiscalYear, era: eraOf(format.language) }),
    initial: {
      sixMonth: dueOf('six-month').due,
      annual: dueOf('annual').due,
    } satisfies Input,
  });
  const { markSaved, note } = useSavedNote(form, t('deadlines.saved'));
  const errors = form.formState.errors;
  const onSubmit = submit(async (values: DeadlinesValues) => {
    for (const round of ROUNDS) {
      const value = values[ROUND_FIELDS[round]];
      if (value !== dueOf(round).due)
        await setDeadline(fiscalYear, round, value);
    }
    markSaved();
  });
  const anySet = dues.some((d) => !d.isDefault);
  const backToDefaults = async () => {
    for (const round of ROUNDS) await clearDeadline(fiscalYear, round);
    form.reset({
      sixMonth: defaultDue(fiscalYear, 'six-month'),
      annual: defaultDue(fiscalYear, 'annual'),
    });
  };

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {notice}
        <div className="form-row">
          {ROUNDS.map((round) => {
            const name = ROUND_FIELDS[round];
            return (
              <DateField<Input>
                key={round}
                name={name}
                label={t('deadlines.dueOf', {
                  round: t(`roundShort.${round}`),
                })}
                hint={
                  dueOf(round).isDefault
                    ? t('deadlines.isDefault')
                    : t('deadlines.isSet', {
                        default: defaultDue(fiscalYear, round),
                      })
                }
                error={translateError(t, errors[name]?.message)}
                required
                fiscalYear={fiscalYear}
              />
            );
          })}
        </div>
        {saveError}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={form.formState.isSubmitting}
          >
            {t('deadlines.save')}
          </Button>
          {anySet ? (
            <Button onClick={() => void backToDefaults()}>
              {t('deadlines.useDefaults')}
            </Button>
          ) : null}
          {note}
        </div>
      </form>
    </FormProvider>
  );
}
