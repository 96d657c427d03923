/**
 * The checks a typed date or month gets in a form's schema. The date and month
 * fields (ui/date-field, ui/month-field) put the ISO value in the form when they
 * can read the text, and the text itself when they cannot, so a draft keeps
 * what was typed; these checks say why such text was refused, and question a
 * value far from the fiscal year (domain/year-slip).
 */
import {
  isIsoDate,
  isoDateOf,
  toGregorianYear,
  yearMonthOf,
} from '@/domain/fiscal-year';
import { isYearMonth } from '@/domain/period';
import { readTypedDate, type Era } from '@/domain/typed-date';
import { yearSlip } from '@/domain/year-slip';
import { messageWith } from '@/i18n/translate-error';

export interface DateContext {
  /** The fiscal year the date belongs to (the measure's). */
  fiscalYear: number;
  /** The era the screen reads years in (`eraOf(language)`). */
  era: Era;
}

// The years between the eras, as messages name it ("อาจบวก 543 ซ้ำ").
const ERA_GAP = 543;

const SLIP_MESSAGES = {
  'added-543': 'errors.yearAdded543',
  'missing-543': 'errors.yearMissing543',
  far: 'errors.yearFar',
} as const;

/** 1 December of the year the fiscal year begins: an example that is surely in it. */
export function exampleDate(fiscalYear: number): string {
  return isoDateOf(toGregorianYear(fiscalYear) - 1, 12, 1);
}

/** October, the fiscal year's first month. */
export function exampleMonth(fiscalYear: number): string {
  return yearMonthOf(toGregorianYear(fiscalYear) - 1, 10);
}

function slipMessage(value: string, fiscalYear: number): string | null {
  const slip = yearSlip(value, fiscalYear);
  if (!slip) return null;
  return messageWith(SLIP_MESSAGES[slip.kind], {
    typed: Number(value.slice(0, 4)),
    year: slip.year,
    fiscalYear,
    gap: ERA_GAP,
  });
}

/** The message for a date field's value; null when it is fine or empty (required is checked apart). */
export function typedDateIssue(
  value: string,
  { fiscalYear, era }: DateContext,
): string | null {
  if (value.trim() === '') return null;
  if (isIsoDate(value)) return slipMessage(value, fiscalYear);
  const read = readTypedDate(value, { era, fiscalYear });
  return !read.ok && read.reason === 'no-such-day'
    ? 'errors.dateNoSuchDay'
    : messageWith('errors.dateUnreadable', {
        example: exampleDate(fiscalYear),
      });
}

/** The message for a month field's value; null when it is fine or empty. */
export function typedMonthIssue(
  value: string,
  fiscalYear: number,
): string | null {
  if (value.trim() === '') return null;
  if (isYearMonth(value)) return slipMessage(value, fiscalYear);
  return messageWith('errors.monthUnreadable', {
    example: exampleMonth(fiscalYear),
  });
}
