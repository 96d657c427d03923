import { z } from 'zod';

import type { UpdateInput } from '@/db/updates';
import { parseNumber } from '@/domain/digits';
import { isIsoDate } from '@/domain/fiscal-year';
import {
  lateAfterUpdate,
  lateReason,
  type LateReason,
} from '@/domain/measure-status';
import { isHandedInLate, roundToStore } from '@/domain/round';
import type { Era } from '@/domain/typed-date';
import type { IsoDate, Measure, ProgressUpdate } from '@/domain/types';
import { UPDATE_STATUSES } from '@/domain/types';
import { typedDateIssue } from '@/forms/date-checks';
import { linksSchema, toLinkRows, toLinks } from '@/ui/links-schema';

const text = z.string().trim();

function isPercent(value: number | null): boolean {
  return value !== null && value >= 0 && value <= 100;
}

/** What the form knows of the measure it reports on, to apply the status rules. */
export interface UpdateContext {
  measure: Measure;
  /** The measure's other live updates: without the one being edited. */
  others: readonly ProgressUpdate[];
  today: IsoDate;
  /** The era the screen reads typed years in (`eraOf(language)`). */
  era: Era;
}

const fieldsSchema = z.object({
  // ISO when the date field could read the typed text, else the text as
  // typed (kept in drafts); updateFormSchema says which and why.
  date: z.string().trim().min(1, 'errors.dateRequired'),
  // Handed in late for the round before the date (domain/round.ts); the
  // stored `round` is made from it and the date on saving.
  late: z.boolean(),
  status: z.enum(UPDATE_STATUSES),
  // Typed as text so Thai digits (๘๐) are accepted as well as 80. Checked
  // by refine, not in the transform: an issue raised in a transform skips
  // the check below, so a late update's missing problems went unreported.
  percent: z
    .string()
    .refine((raw) => isPercent(parseNumber(raw)), 'errors.percentRange')
    .transform((raw) => parseNumber(raw) ?? 0),
  result: text,
  suggestions: text,
  outcome: text,
  problems: text,
  evidence: linksSchema,
  reporter: text,
});

type Fields = z.output<typeof fieldsSchema>;

/**
 * Whether the measure would still be late once this update is saved, and
 * why; null when not, or while the date cannot be read yet.
 */
export function stillLate(
  v: Pick<Fields, 'date' | 'status'> & { percent: unknown },
  context: UpdateContext,
): LateReason | null {
  if (!isIsoDate(v.date)) return null;
  const percent =
    typeof v.percent === 'number'
      ? v.percent
      : (parseNumber(String(v.percent)) ?? 0);
  const update = { date: v.date, status: v.status, percent };
  return lateAfterUpdate(
    context.measure,
    context.others,
    update,
    context.today,
  );
}

/** The message at ปัญหาและอุปสรรค when they are required but missing, or null. */
export function problemsMissing(
  v: Pick<Fields, 'date' | 'status' | 'problems'> & { percent: unknown },
  context: UpdateContext,
) {
  if (v.problems.trim() !== '') return null;
  if (v.status === 'late') return 'errors.problemsRequired' as const;
  const late = stillLate(v, context);
  if (!late) return null;
  return late.kind === 'period-ended'
    ? ('errors.problemsPeriodEnded' as const)
    : ('errors.problemsLatestLate' as const);
}

/**
 * The update form's schema for one measure: the date must be one the field
 * could read in the screen's era, within a year of the measure's fiscal year
 * (else "did you mean 2569?"); problems and obstacles are
 * required when the update says late, and whenever the measure would still
 * be late after it (the status rules over the update, the measure's other
 * updates and today), not only when the update's own status says so.
 */
export function updateFormSchema(context: UpdateContext) {
  const dates = { fiscalYear: context.measure.fiscalYear, era: context.era };
  return fieldsSchema.superRefine((v, ctx) => {
    const dateIssue = typedDateIssue(v.date, dates);
    if (dateIssue)
      ctx.addIssue({ code: 'custom', path: ['date'], message: dateIssue });
    const message = problemsMissing(v, context);
    if (message) ctx.addIssue({ code: 'custom', path: ['problems'], message });
  });
}

export type UpdateFormInput = z.input<typeof fieldsSchema>;
export type UpdateFormValues = z.output<typeof fieldsSchema>;

export function toUpdateInput(
  { late, ...v }: UpdateFormValues,
  fiscalYear: number,
): UpdateInput {
  return {
    ...v,
    round: roundToStore(v.date, fiscalYear, late),
    evidence: toLinks(v.evidence),
  };
}

/**
 * The form's first values: the update being edited, or a new one dated today
 * that starts at "late" on a measure already late (the person changes it when
 * the update finishes the measure).
 */
export function toFormInput(
  u: UpdateInput | undefined,
  context: UpdateContext,
): UpdateFormInput {
  const { measure, others, today } = context;
  const lateNow = lateReason(measure, others, today) !== null;
  return {
    date: u?.date ?? today,
    late: u ? isHandedInLate(u, measure.fiscalYear) : false,
    status: u?.status ?? (lateNow ? 'late' : 'in-progress'),
    percent: String(u?.percent ?? 0),
    result: u?.result ?? '',
    suggestions: u?.suggestions ?? '',
    outcome: u?.outcome ?? '',
    problems: u?.problems ?? '',
    evidence: toLinkRows(u?.evidence ?? []),
    reporter: u?.reporter ?? '',
  };
}
