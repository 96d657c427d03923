import { z } from 'zod';

import type { MeasureInput } from '@/db/measures';
import { METHODS_MAX, TEXT_MAX } from '@/domain/limits';
import { isYearMonth } from '@/domain/period';
import { METHODS_STYLES } from '@/domain/types';
import { typedMonthIssue } from '@/forms/date-checks';
import { linksSchema, toLinkRows, toLinks } from '@/ui/links-schema';

// Within what a bundle may carry: this device's export is read everywhere.
const text = z.string().trim().max(TEXT_MAX, 'errors.textTooLong');
const required = text.min(1, 'errors.required');

export const measureFormSchema = z
  .object({
    title: required,
    methods: z
      .array(z.object({ text: required }))
      .min(1, 'errors.methodsRequired')
      .max(METHODS_MAX, 'errors.tooManyMethods'),
    /** Unset until the person picks one: the report then lists by the count. */
    methodsStyle: z.enum(METHODS_STYLES).optional(),
    periodKind: z.enum(['fiscal-year', 'months']),
    from: z.string(),
    to: z.string(),
    allUnits: z.boolean(),
    unitIds: z.array(z.string()),
    expectedOutcome: text,
    weakness: text,
    evidence: linksSchema,
  })
  .superRefine((v, ctx) => {
    if (v.periodKind === 'months') {
      // `from` and `to` are `YYYY-MM` when the month field could read the
      // typed text, else the text as typed: measureFormSchemaFor says why.
      for (const path of ['from', 'to'] as const) {
        if (v[path].trim() === '') {
          ctx.addIssue({
            code: 'custom',
            path: [path],
            message: 'errors.monthRequired',
          });
        }
      }
      if (isYearMonth(v.from) && isYearMonth(v.to) && v.to < v.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'errors.periodEndsBeforeStart',
        });
      }
    }
    if (!v.allUnits && v.unitIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitIds'],
        message: 'errors.unitsRequired',
      });
    }
  });

/**
 * The form's schema for a measure of `fiscalYear`: each month of a range must
 * be one the field could read, within a year of the fiscal year.
 */
export function measureFormSchemaFor(fiscalYear: number) {
  return measureFormSchema.superRefine((v, ctx) => {
    if (v.periodKind !== 'months') return;
    for (const path of ['from', 'to'] as const) {
      const issue = typedMonthIssue(v[path], fiscalYear);
      if (issue) ctx.addIssue({ code: 'custom', path: [path], message: issue });
    }
  });
}

export type MeasureFormInput = z.input<typeof measureFormSchema>;
export type MeasureFormValues = z.output<typeof measureFormSchema>;

export function toMeasureInput(v: MeasureFormValues): MeasureInput {
  return {
    title: v.title,
    methods: v.methods.map((m) => m.text),
    ...(v.methodsStyle ? { methodsStyle: v.methodsStyle } : {}),
    period:
      v.periodKind === 'fiscal-year'
        ? { kind: 'fiscal-year' }
        : { kind: 'months', from: v.from, to: v.to },
    allUnits: v.allUnits,
    unitIds: v.allUnits ? [] : v.unitIds,
    expectedOutcome: v.expectedOutcome,
    weakness: v.weakness,
    evidence: toLinks(v.evidence),
  };
}

export function toFormInput(m: MeasureInput | undefined): MeasureFormInput {
  return {
    title: m?.title ?? '',
    methods: (m?.methods.length ? m.methods : ['']).map((text) => ({ text })),
    // A new measure's steps are numbered, as most reports number them (even
    // one step, as the example's measure 4); a stored one keeps its own.
    methodsStyle: m ? m.methodsStyle : 'numbered',
    periodKind: m?.period.kind ?? 'fiscal-year',
    from: m?.period.kind === 'months' ? m.period.from : '',
    to: m?.period.kind === 'months' ? m.period.to : '',
    allUnits: m?.allUnits ?? false,
    unitIds: m?.unitIds ?? [],
    expectedOutcome: m?.expectedOutcome ?? '',
    weakness: m?.weakness ?? '',
    evidence: toLinkRows(m?.evidence ?? []),
  };
}
