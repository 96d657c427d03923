import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';

import { planCopyToYear } from './copy-to-year';

const { measures } = exampleRecords();

describe('planCopyToYear', () => {
  it('copies titles, methods and their list style, units and outcomes, moving periods a year', () => {
    const plan = planCopyToYear(measures, [], 2569);
    expect(plan.skipped).toEqual([]);
    expect(plan.copies).toHaveLength(11);
    const [first] = plan.copies;
    expect(first!.fields).toEqual({
      officeId: measures[0]!.officeId,
      fiscalYear: 2569,
      title: measures[0]!.title,
      methods: measures[0]!.methods,
      methodsStyle: 'numbered',
      period: { kind: 'fiscal-year' },
      allUnits: false,
      unitIds: measures[0]!.unitIds,
      expectedOutcome: '',
      weakness: '',
      evidence: [],
    });
    expect(plan.copies.map((c) => c.fields.period)).toContainEqual({
      kind: 'months',
      from: '2024-12',
      to: '2024-12',
    });
    expect(plan.copies[5]!.fields.period).toEqual({
      kind: 'months',
      from: '2025-10',
      to: '2026-09',
    });
  });

  it('skips measures whose title the target year has, whatever the spacing', () => {
    const target = {
      ...measures[2]!,
      title: ` ${measures[2]!.title.replace('การ', 'การ  ')}`,
    };
    const plan = planCopyToYear(
      measures,
      [target, { ...measures[3]!, deleted: true }],
      2569,
    );
    expect(plan.skipped.map((m) => m.id)).toEqual([measures[2]!.id]);
    expect(plan.copies).toHaveLength(10);
  });

  it('keeps the source order and leaves deleted sources out', () => {
    const sources = [
      { ...measures[1]!, order: 5 },
      { ...measures[0]!, order: 1 },
      { ...measures[2]!, deleted: true },
    ];
    const plan = planCopyToYear(sources, [], 2569);
    expect(plan.copies.map((c) => c.source.id)).toEqual([
      measures[0]!.id,
      measures[1]!.id,
    ]);
  });
});
