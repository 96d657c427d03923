/**
 * The date field's calendar (react-day-picker, see docs/decisions.md), in the
 * screen's era: every word it shows or says to a screen reader goes through
 * Intl with the app's locale, so the Thai screen shows Buddhist-era years and
 * Thai digits when chosen. Loaded on first use (calendar-button.tsx).
 */
import 'react-day-picker/style.css';
import './calendar.css';

import { DayPicker } from 'react-day-picker';
import { useTranslation } from 'react-i18next';

import { isoDateOf } from '@/domain/fiscal-year';
import { localeOf } from '@/domain/thai-date';
import type { IsoDate } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

interface DayCalendarProps {
  selected: IsoDate | null;
  /** The month shown when nothing is selected. */
  month: IsoDate;
  onPick: (date: IsoDate) => void;
}

/** A local Date of an ISO date; setFullYear keeps years below 100 as typed. */
function toDate(date: IsoDate): Date {
  const [year = 1, month = 1, day = 1] = date.split('-').map(Number);
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month - 1, day);
  return local;
}

function toIso(date: Date): IsoDate {
  return isoDateOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export default function DayCalendar({
  selected,
  month,
  onPick,
}: DayCalendarProps) {
  const { t } = useTranslation();
  const { language, digits } = useFormat();
  const locale = localeOf(language, digits);
  const format = (options: Intl.DateTimeFormatOptions) => (date: Date) =>
    new Intl.DateTimeFormat(locale, options).format(date);
  const caption = format({ month: 'long', year: 'numeric' });
  const fullDate = format({ dateStyle: 'full' });
  const selectedDate = selected ? toDate(selected) : undefined;
  return (
    <DayPicker
      className="day-calendar"
      mode="single"
      required
      selected={selectedDate}
      defaultMonth={selectedDate ?? toDate(month)}
      onDayClick={(day) => onPick(toIso(day))}
      // The calendar opens in a dialog of its own: focus goes to the selected
      // day (or today), as in the WAI-ARIA date picker dialog.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      weekStartsOn={language === 'th' ? 0 : 1}
      numerals={digits === 'thai' ? 'thai' : 'latn'}
      lang={language}
      formatters={{
        formatCaption: caption,
        // Thai calendars head their columns อา จ อ …; English ones Sun Mon …
        formatWeekdayName: format({
          weekday: language === 'th' ? 'narrow' : 'short',
        }),
      }}
      labels={{
        labelGrid: caption,
        labelNav: () => t('dateField.monthNav'),
        labelPrevious: () => t('dateField.previousMonth'),
        labelNext: () => t('dateField.nextMonth'),
        labelWeekday: format({ weekday: 'long' }),
        labelDayButton: (date, modifiers) =>
          [
            fullDate(date),
            modifiers.today ? t('dateField.today') : '',
            modifiers.selected ? t('dateField.selected') : '',
          ]
            .filter(Boolean)
            .join(', '),
      }}
    />
  );
}
