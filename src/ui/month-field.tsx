/**
 * A month typed as people type it (ต.ค. 69, ตุลาคม 2569, 10/2569) in the
 * screen's era, read back in words, with a calendar of months. The form holds
 * `YYYY-MM` when the text can be read, else the text itself (see date-field).
 */
import { lazy, type ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';

import { toGregorianYear, yearMonthOf } from '@/domain/fiscal-year';
import { isYearMonth } from '@/domain/period';
import { formatMonth } from '@/domain/thai-date';
import { eraOf, readTypedMonth } from '@/domain/typed-date';
import { useFormat } from '@/i18n/use-format';

import { Field } from './field';
import { TypedInput } from './typed-input';
import { useToday } from './use-today';
import { useTypedField } from './use-typed-field';

const loadCalendar = () => import('./month-calendar');
const MonthCalendar = lazy(loadCalendar);

interface MonthFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  /** Already translated. */
  error?: string | undefined;
  required?: boolean;
  /** Gives the year to a month typed without one; the calendar opens on it. */
  fiscalYear?: number;
}

export function MonthField<T extends FieldValues>({
  name,
  label,
  hint,
  error,
  required,
  fiscalYear,
}: MonthFieldProps<T>) {
  const { language, digits } = useFormat();
  const today = useToday();
  const typed = useTypedField<T>({
    name,
    read: (text) => {
      const read = readTypedMonth(text, { era: eraOf(language), fiscalYear });
      return read.ok ? read.month : null;
    },
    show: (month) => formatMonth(month, language, digits, 'short'),
    isValue: isYearMonth,
  });
  const selected = isYearMonth(typed.value) ? typed.value : null;
  // The fiscal year opens in October of the year before it ends.
  const start =
    fiscalYear === undefined
      ? today.slice(0, 7)
      : yearMonthOf(toGregorianYear(fiscalYear) - 1, 10);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <TypedInput
          control={control}
          inputProps={typed.inputProps}
          label={label}
          words={
            // A refused value is not read back: its message says why.
            typed.committed && !error
              ? formatMonth(typed.committed, language, digits, 'long')
              : ''
          }
          size={12}
          preload={loadCalendar}
          calendar={(close) => (
            <MonthCalendar
              selected={selected}
              start={start}
              onPick={(month) => {
                typed.pick(month);
                close();
              }}
            />
          )}
        />
      )}
    </Field>
  );
}
