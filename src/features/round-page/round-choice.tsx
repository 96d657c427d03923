import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { fiscalYearOf } from '@/domain/fiscal-year';
import type { Round } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Field } from '@/ui/field';
import { RoundSelect } from '@/ui/round-select';
import { useToday } from '@/ui/use-today';

/** Years offered: a few back, the next one, and the one shown. */
function yearsAround(current: number, shown: number): number[] {
  const years = new Set([shown]);
  for (let year = current - 4; year <= current + 1; year++) years.add(year);
  return [...years].sort((a, b) => b - a);
}

export const roundPath = (fiscalYear: number, round: Round) =>
  `/rounds/${fiscalYear}/${round}`;

/** The fiscal year and round of the page: choosing another opens its page. */
export function RoundChoice({
  fiscalYear,
  round,
}: {
  fiscalYear: number;
  round: Round;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const current = fiscalYearOf(useToday());
  return (
    <fieldset className="filters round-choice">
      <legend className="sr-only">{t('roundPage.choose')}</legend>
      <Field label={t('roundPage.fiscalYear')}>
        {(p) => (
          <select
            {...p}
            value={fiscalYear}
            onChange={(e) => navigate(roundPath(Number(e.target.value), round))}
          >
            {yearsAround(current, fiscalYear).map((year) => (
              <option key={year} value={year}>
                {format.text(String(year))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RoundSelect
        label={t('roundPage.round')}
        value={round}
        onChange={(r) => navigate(roundPath(fiscalYear, r))}
      />
    </fieldset>
  );
}
