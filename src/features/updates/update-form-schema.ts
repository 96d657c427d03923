import { z } from 'zod';

import type { UpdateInput } from '@/db/updates';
import { parseNumber } from '@/domain/digits';
import { roundOf } from '@/domain/round';
import { ROUNDS, UPDATE_STATUSES } from '@/domain/types';
import { typedDateIssue, type DateContext } from '@/forms/date-checks';
import { linksSchema, toLinkRows, toLinks } from '@/ui/links-schema';

const text = z.string().trim();

function isPercent(value: number | null): boolean {
  return value !== null && value >= 0 && value <= 100;
}

export const updateFormSchema = z
  .object({
    // ISO when the date field could read the typed text, else the text as
    // typed (kept in drafts); updateFormSchemaFor says which and why.
    date: z.string().trim().min(1, 'errors.dateRequired'),
    round: z.enum(ROUNDS),
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
  })
  .superRefine((v, ctx) => {
    if (v.status === 'late' && v.problems === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['problems'],
        message: 'errors.problemsRequired',
      });
    }
  });

/**
 * The form's schema for an update of a measure of `fiscalYear`: the date must
 * be one the field could read in the screen's era, within a year of the
 * fiscal year (else "did you mean 2569?").
 */
export function updateFormSchemaFor(context: DateContext) {
  return updateFormSchema.superRefine((v, ctx) => {
    const issue = typedDateIssue(v.date, context);
    if (issue) ctx.addIssue({ code: 'custom', path: ['date'], message: issue });
  });
}

export type UpdateFormInput = z.input<typeof updateFormSchema>;
export type UpdateFormValues = z.output<typeof updateFormSchema>;

export function toUpdateInput(v: UpdateFormValues): UpdateInput {
  return { ...v, evidence: toLinks(v.evidence) };
}

export function toFormInput(
  u: UpdateInput | undefined,
  today: string,
): UpdateFormInput {
  return {
    date: u?.date ?? today,
    round: u?.round ?? roundOf(today),
    status: u?.status ?? 'in-progress',
    percent: String(u?.percent ?? 0),
    result: u?.result ?? '',
    suggestions: u?.suggestions ?? '',
    outcome: u?.outcome ?? '',
    problems: u?.problems ?? '',
    evidence: toLinkRows(u?.evidence ?? []),
    reporter: u?.reporter ?? '',
  };
}
