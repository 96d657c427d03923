import { z } from 'zod';

import type { MeasureInput } from '@/db/measures';
import { METHODS_STYLES } from '@/domain/types';
import { linksSchema, toLinkRows, toLinks } from '@/ui/links-schema';

const text = z.string().trim();
const required = text.min(1, 'errors.required');
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'errors.monthRequired');

export const measureFormSchema = z
  .object({
    title: required,
    methods: z
      .array(z.object({ text: required }))
      .min(1, 'errors.methodsRequired'),
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
      const from = month.safeParse(v.from);
      const to = month.safeParse(v.to);
      if (!from.success)
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: 'errors.monthRequired',
        });
      if (!to.success)
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'errors.monthRequired',
        });
      if (from.success && to.success && v.to < v.from) {
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
    methodsStyle: m?.methodsStyle,
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
