/**
 * A month typed as people type it (ต.ค. 69, ตุลาคม 2569, 10/2569) in the
 * screen's era, read back in words, with a calendar of months. The form holds
 * `YYYY-MM` when the text can be read, else the text itself (typed-field.tsx).
 */
import { lazy } from 'react';
import type { FieldValues } from 'react-hook-form';

import { toGregorianYear, yearMonthOf } from '@/domain/fiscal-year';
import { isYearMonth } from '@/domain/period';
import { formatMonth } from '@/domain/thai-date';
import { eraOf, readTypedMonth } from '@/domain/typed-date';
import { useFormat } from '@/i18n/use-format';

import { TypedField, type TypedFieldProps } from './typed-field';
import { useToday } from './use-today';

const loadCalendar = () => import('./month-calendar');
const MonthCalendar = lazy(loadCalendar);

interface MonthFieldProps<T extends FieldValues> extends TypedFieldProps<T> {
  /** Gives the year to a month typed without one; the calendar opens on it. */
  fiscalYear?: number;
}

export function MonthField<T extends FieldValues>({
  fiscalYear,
  ...field
}: MonthFieldProps<T>) {
  const { language, digits } = useFormat();
  const today = useToday();
  // The fiscal year opens in October of the year before it ends.
  const start =
    fiscalYear === undefined
      ? today.slice(0, 7)
      : yearMonthOf(toGregorianYear(fiscalYear) - 1, 10);
  return (
    <TypedField<T>
      {...field}
      read={(text) => {
        const read = readTypedMonth(text, { era: eraOf(language), fiscalYear });
        return read.ok ? read.month : null;
      }}
      show={(month) => formatMonth(month, language, digits, 'short')}
      words={(month) => formatMonth(month, language, digits, 'long')}
      isValue={isYearMonth}
      size={12}
      preload={loadCalendar}
      calendar={(selected, pick) => (
        <MonthCalendar selected={selected} start={start} onPick={pick} />
      )}
    />
  );
}
