/**
 * Starting a fiscal year from the last one: the office's measures are copied
 * with their titles, methods (in their list style), units and expected outcomes, periods moved by
 * the years between; no updates, evidence or weakness (they belong to the year
 * they were written for). A measure whose title the target year already has
 * is not copied again, so copying twice never makes duplicates.
 */
import { normalizeUnitName } from './office-defaults';
import { shiftPeriod } from './period';
import type { Measure, MeasureFields } from './types';

export type CopiedFields = Omit<MeasureFields, 'order'>;

export interface CopyPlan {
  copies: { source: Measure; fields: CopiedFields }[];
  /** Measures left out because the target year has one of the same title. */
  skipped: Measure[];
}

/** titleKey('มาตรการ  ก ') === titleKey('มาตรการก'): titles compared whatever their spacing. */
export function titleKey(title: string): string {
  return normalizeUnitName(title).replace(/\s/g, '');
}

/** planCopyToYear(fy2568Measures, [], 2569).copies[0].fields.fiscalYear === 2569 */
export function planCopyToYear(
  sources: readonly Measure[],
  targets: readonly Measure[],
  toYear: number,
): CopyPlan {
  const taken = new Set(
    targets.filter((m) => !m.deleted).map((m) => titleKey(m.title)),
  );
  const plan: CopyPlan = { copies: [], skipped: [] };
  const ordered = sources
    .filter((m) => !m.deleted)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  for (const source of ordered) {
    const key = titleKey(source.title);
    if (taken.has(key)) {
      plan.skipped.push(source);
      continue;
    }
    taken.add(key); // two sources of one title: the first is copied
    plan.copies.push({
      source,
      fields: {
        officeId: source.officeId,
        fiscalYear: toYear,
        title: source.title,
        methods: [...source.methods],
        ...(source.methodsStyle ? { methodsStyle: source.methodsStyle } : {}),
        period: shiftPeriod(source.period, toYear - source.fiscalYear),
        allUnits: source.allUnits,
        unitIds: [...source.unitIds],
        expectedOutcome: source.expectedOutcome,
        weakness: '',
        evidence: [],
      },
    });
  }
  return plan;
}
