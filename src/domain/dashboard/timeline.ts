/**
 * The measures' periods across the fiscal year's twelve months (Oct–Sep),
 * clipped to the year, with today's month marked: a Gantt chart as data.
 */
import { fiscalYearMonths } from '../fiscal-year';
import type { IsoDate, YearMonth } from '../types';
import type { MeasureFacts } from './measure-facts';

export interface TimelineBar {
  measureId: string;
  /** Month indexes (0 = October) the period covers within the year; null when it lies wholly outside. */
  span: { from: number; to: number } | null;
  /** The period starts before October or ends after September. */
  startsBefore: boolean;
  endsAfter: boolean;
}

export interface Timeline {
  months: YearMonth[];
  /** Index of today's month, null when today is outside the fiscal year. */
  todayIndex: number | null;
  bars: TimelineBar[];
}

const monthOf = (date: IsoDate): YearMonth => date.slice(0, 7);

/** timeline(facts, 2568, '2025-02-15').todayIndex === 4 (February) */
export function timeline(
  facts: readonly MeasureFacts[],
  fiscalYear: number,
  today: IsoDate,
): Timeline {
  const months = fiscalYearMonths(fiscalYear);
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const todayIndex = months.indexOf(monthOf(today));
  const bars = facts.map(({ measure, period }) => {
    const start = monthOf(period.start);
    const end = monthOf(period.end);
    // Zero-padded YYYY-MM values compare correctly as strings.
    const outside = end < first || start > last;
    return {
      measureId: measure.id,
      span: outside
        ? null
        : {
            from: start < first ? 0 : months.indexOf(start),
            to: end > last ? months.length - 1 : months.indexOf(end),
          },
      startsBefore: start < first,
      endsAfter: end > last,
    };
  });
  return { months, todayIndex: todayIndex < 0 ? null : todayIndex, bars };
}
