/**
 * The due-date form's checks: a date that can be read (forms/date-checks),
 * then one that can be the round's (domain/deadlines dueProblem): not before
 * the round starts, not after a late report stops counting for it. Each
 * message names the date it is measured against.
 */
import { z } from 'zod';

import { dueProblem } from '@/domain/deadlines';
import { lateUntil, roundRange } from '@/domain/round';
import type { Round } from '@/domain/types';
import { typedDateIssue, type DateContext } from '@/forms/date-checks';
import { messageWith } from '@/i18n/translate-error';

/** The form's field of each round. */
export const ROUND_FIELDS = {
  'six-month': 'sixMonth',
  annual: 'annual',
} as const;

function dueIssue(
  value: string,
  round: Round,
  context: DateContext,
): string | null {
  if (value.trim() === '') return 'errors.required';
  const typed = typedDateIssue(value, context);
  if (typed) return typed;
  const { fiscalYear } = context;
  switch (dueProblem(fiscalYear, round, value)) {
    case 'beforeStart':
      return messageWith('deadlines.beforeStart', {
        start: roundRange(fiscalYear, round).start,
      });
    case 'afterLate':
      return messageWith('deadlines.afterLate', {
        last: lateUntil(fiscalYear, round),
      });
    case 'notADate':
      return 'errors.dateNoSuchDay';
    case null:
      return null;
  }
}

const dueField = (round: Round, context: DateContext) =>
  z.string().superRefine((value, ctx) => {
    const message = dueIssue(value, round, context);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export function deadlinesSchema(context: DateContext) {
  return z.object({
    sixMonth: dueField('six-month', context),
    annual: dueField('annual', context),
  });
}

export type DeadlinesValues = z.output<ReturnType<typeof deadlinesSchema>>;
