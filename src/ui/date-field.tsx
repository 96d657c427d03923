/**
 * A date typed as people type it (1/12/2569, ๑ ธ.ค. ๖๙, 1 ธันวาคม 2569) in the
 * screen's era, read back in words, with a calendar of days. The form holds
 * the ISO date (`YYYY-MM-DD`) when the text can be read, else the text itself
 * (typed-field.tsx).
 */
import { lazy } from 'react';
import type { FieldValues } from 'react-hook-form';

import { isIsoDate } from '@/domain/fiscal-year';
import { formatDate } from '@/domain/thai-date';
import { eraOf, readTypedDate } from '@/domain/typed-date';
import { useFormat } from '@/i18n/use-format';

import { TypedField, type TypedFieldProps } from './typed-field';
import { useToday } from './use-today';

const loadCalendar = () => import('./day-calendar');
const DayCalendar = lazy(loadCalendar);

interface DateFieldProps<T extends FieldValues> extends TypedFieldProps<T> {
  /** Gives the year to a date typed without one. */
  fiscalYear?: number;
}

export function DateField<T extends FieldValues>({
  fiscalYear,
  ...field
}: DateFieldProps<T>) {
  const { language, digits } = useFormat();
  const today = useToday();
  return (
    <TypedField<T>
      {...field}
      read={(text) => {
        const read = readTypedDate(text, { era: eraOf(language), fiscalYear });
        return read.ok ? read.date : null;
      }}
      show={(date) => formatDate(date, language, digits, 'numeric')}
      words={(date) => formatDate(date, language, digits, 'full')}
      isValue={isIsoDate}
      size={14}
      preload={loadCalendar}
      calendar={(selected, pick) => (
        <DayCalendar selected={selected} month={today} onPick={pick} />
      )}
    />
  );
}
