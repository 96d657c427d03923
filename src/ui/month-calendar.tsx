/**
 * The month field's calendar: a year and its twelve months. No date-picker
 * library has a month view in the era we need, and twelve buttons are little
 * code. Keyboard: the arrows move between months (one focus stop, as in a
 * grid), Page Up and Page Down change the year, Enter or Space picks.
 * Loaded on first use, like the date field's calendar.
 */
import './calendar.css';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { yearMonthOf } from '@/domain/fiscal-year';
import { localeOf } from '@/domain/thai-date';
import type { YearMonth } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

import { Button } from './button';

interface MonthCalendarProps {
  selected: YearMonth | null;
  /** The month shown (and focused) when nothing is selected. */
  start: YearMonth;
  onPick: (month: YearMonth) => void;
}

const COLUMNS = 3;
const MONTH_LONG: Intl.DateTimeFormatOptions = { month: 'long' };
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function utcDate(year: number, month: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 1);
  return date;
}

/** Where a key moves the focus: a month index (0–11) and a change of year. */
function move(key: string, index: number): [number, number] | null {
  const step: Record<string, number> = {
    ArrowLeft: -1,
    ArrowRight: 1,
    ArrowUp: -COLUMNS,
    ArrowDown: COLUMNS,
  };
  if (key in step) {
    const next = index + (step[key] ?? 0);
    return [(next + 12) % 12, Math.floor(next / 12)];
  }
  if (key === 'Home') return [0, 0];
  if (key === 'End') return [11, 0];
  if (key === 'PageUp') return [index, -1];
  if (key === 'PageDown') return [index, 1];
  return null;
}

export default function MonthCalendar({
  selected,
  start,
  onPick,
}: MonthCalendarProps) {
  const { t } = useTranslation();
  const { language, digits } = useFormat();
  const locale = localeOf(language, digits);
  const [year, setYear] = useState(Number((selected ?? start).slice(0, 4)));
  const [focused, setFocused] = useState(
    Number((selected ?? start).slice(5, 7)) - 1,
  );
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const headingId = useId();

  // Focus the chosen month on opening, and wherever the keys move it.
  useEffect(() => {
    buttons.current[focused]?.focus();
  }, [focused, year]);

  const format = (options: Intl.DateTimeFormatOptions, month: number) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
      utcDate(year, month),
    );
  const yearLabel = format({ year: 'numeric' }, 1);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = move(event.key, focused);
    if (!next) return;
    event.preventDefault();
    setFocused(next[0]);
    if (next[1] !== 0) setYear((y) => y + next[1]);
  };

  return (
    <div className="month-calendar">
      <div className="month-calendar-nav">
        <Button
          aria-label={t('dateField.previousYear')}
          onClick={() => setYear((y) => y - 1)}
        >
          ‹
        </Button>
        <h3 id={headingId} className="month-calendar-year" aria-live="polite">
          {yearLabel}
        </h3>
        <Button
          aria-label={t('dateField.nextYear')}
          onClick={() => setYear((y) => y + 1)}
        >
          ›
        </Button>
      </div>
      <div
        role="group"
        aria-label={t('dateField.monthsOf', { year: yearLabel })}
        className="month-calendar-grid"
      >
        {MONTHS.map((month, index) => {
          const value = yearMonthOf(year, month);
          return (
            <button
              key={month}
              type="button"
              className="btn btn-secondary"
              ref={(button) => {
                buttons.current[index] = button;
              }}
              tabIndex={index === focused ? 0 : -1}
              aria-pressed={value === selected}
              onKeyDown={onKeyDown}
              onFocus={() => setFocused(index)}
              onClick={() => onPick(value)}
            >
              {format(MONTH_LONG, month)}
              {/* Said, not shown: the heading above shows the year. */}
              <span className="sr-only"> {yearLabel}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
