import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { isIsoDate } from '@/domain/fiscal-year';
import { lateRoundFor, roundsCountedFor, roundToStore } from '@/domain/round';
import { useFormat } from '@/i18n/use-format';

import type { UpdateFormInput } from './update-form-schema';

/**
 * Which rounds the update counts for, read from its date (the one rule for
 * rounds, domain/round.ts), and, only when the date lies after a round
 * ended, whether it is that round's report handed in late. Nothing to
 * choose for an update of 1 December: it counts for the 6-month round and
 * for the whole year's.
 */
export function RoundFields({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { register, control } = useFormContext<UpdateFormInput>();
  const date = useWatch({ control, name: 'date' });
  const late = useWatch({ control, name: 'late' });
  const readable = isIsoDate(date);
  const lateRound = readable ? lateRoundFor(date, fiscalYear) : null;
  const round = readable ? roundToStore(date, fiscalYear, late) : null;
  const counted = round ? roundsCountedFor({ date, round }, fiscalYear) : [];
  const [only] = counted;
  const counts =
    counted.length === 2
      ? t('update.countsForBoth', {
          sixMonth: format.round('six-month', 'short'),
          annual: format.round('annual', 'short'),
        })
      : only
        ? t('update.countsFor', { round: format.round(only, 'short') })
        : t('update.countsForNone', { year: format.text(String(fiscalYear)) });

  return (
    <fieldset className="field round-fields">
      <legend className="field-label">{t('update.round')}</legend>
      <p className="field-hint" aria-live="polite">
        {readable ? counts : null}
      </p>
      {lateRound ? (
        <label className="choice">
          <input type="checkbox" {...register('late')} />
          {t('update.lateFor', { round: format.round(lateRound, 'short') })}
        </label>
      ) : null}
    </fieldset>
  );
}
