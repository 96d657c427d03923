/**
 * A date typed as people type it (1/12/2569, ๑ ธ.ค. ๖๙, 1 ธันวาคม 2569) in the
 * screen's era, read back in words, with a calendar for the mouse and the
 * keyboard. The form holds the ISO date (`YYYY-MM-DD`) when the text can be
 * read, else the text itself; the schema refuses such text with a reason
 * (forms/date-checks.ts).
 */
import { lazy, type ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';

import { isIsoDate } from '@/domain/fiscal-year';
import { formatDate } from '@/domain/thai-date';
import { eraOf, readTypedDate } from '@/domain/typed-date';
import { useFormat } from '@/i18n/use-format';

import { Field } from './field';
import { TypedInput } from './typed-input';
import { useToday } from './use-today';
import { useTypedField } from './use-typed-field';

const loadCalendar = () => import('./day-calendar');
const DayCalendar = lazy(loadCalendar);

interface DateFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  /** Already translated. */
  error?: string | undefined;
  required?: boolean;
  /** Gives the year to a date typed without one. */
  fiscalYear?: number;
}

export function DateField<T extends FieldValues>({
  name,
  label,
  hint,
  error,
  required,
  fiscalYear,
}: DateFieldProps<T>) {
  const { language, digits } = useFormat();
  const today = useToday();
  const typed = useTypedField<T>({
    name,
    read: (text) => {
      const read = readTypedDate(text, { era: eraOf(language), fiscalYear });
      return read.ok ? read.date : null;
    },
    show: (date) => formatDate(date, language, digits, 'numeric'),
    isValue: isIsoDate,
  });
  const selected = isIsoDate(typed.value) ? typed.value : null;
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
              ? formatDate(typed.committed, language, digits, 'full')
              : ''
          }
          size={14}
          preload={loadCalendar}
          calendar={(close) => (
            <DayCalendar
              selected={selected}
              month={today}
              onPick={(date) => {
                typed.pick(date);
                close();
              }}
            />
          )}
        />
      )}
    </Field>
  );
}
