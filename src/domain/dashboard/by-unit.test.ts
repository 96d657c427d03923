import { describe, expect, it } from 'vitest';

import { dashboardRow, type RowSpec } from '@/testing/dashboard-rows';

import { byUnit, unitsTotal } from './by-unit';
import { measureFacts } from './measure-facts';

const UNITS = [
  { id: 'u-office', name: 'สำนักปลัด' },
  { id: 'u-finance', name: 'กองคลัง' },
  { id: 'u-works', name: 'กองช่าง' },
];
const done = { date: '2025-01-10', status: 'completed' as const };
const late = { date: '2025-01-10', status: 'late' as const };

function rows(specs: RowSpec[]) {
  return byUnit(measureFacts(specs.map(dashboardRow), '2025-02-15'), UNITS);
}

describe('byUnit', () => {
  it('lists every unit of the office, with none for units without measures', () => {
    expect(rows([]).map((r) => [r.kind, r.name, r.measureIds])).toEqual([
      ['unit', 'สำนักปลัด', []],
      ['unit', 'กองคลัง', []],
      ['unit', 'กองช่าง', []],
    ]);
  });

  it.each([
    {
      name: 'a measure of two units counts in both',
      specs: [
        { id: 'shared', unitIds: ['u-office', 'u-finance'], latest: done },
      ],
      expected: [
        ['unit', 'u-office', ['shared'], ['shared'], []],
        ['unit', 'u-finance', ['shared'], ['shared'], []],
        ['unit', 'u-works', [], [], []],
      ],
    },
    {
      name: 'ทุกส่วนราชการ counts once, in its own row, not in each unit',
      specs: [
        { id: 'all', allUnits: true, unitIds: [], latest: late },
        { id: 'own', unitIds: ['u-works'] },
      ],
      expected: [
        ['unit', 'u-office', [], [], []],
        ['unit', 'u-finance', [], [], []],
        ['unit', 'u-works', ['own'], [], []],
        ['all-units', null, ['all'], [], ['all']],
      ],
    },
    {
      name: 'allUnits wins over unit ids left on the measure',
      specs: [{ id: 'all', allUnits: true, unitIds: ['u-office'] }],
      expected: [
        ['unit', 'u-office', [], [], []],
        ['unit', 'u-finance', [], [], []],
        ['unit', 'u-works', [], [], []],
        ['all-units', null, ['all'], [], []],
      ],
    },
    {
      name: 'a unit no longer in the office, and a measure with no unit, get rows',
      specs: [
        { id: 'orphan', unitIds: ['u-gone'], latest: late },
        { id: 'nobody', unitIds: [] },
      ],
      expected: [
        ['unit', 'u-office', [], [], []],
        ['unit', 'u-finance', [], [], []],
        ['unit', 'u-works', [], [], []],
        ['unit', 'u-gone', ['orphan'], [], ['orphan']],
        ['no-unit', null, ['nobody'], [], []],
      ],
    },
  ] satisfies { name: string; specs: RowSpec[]; expected: unknown[] }[])(
    '$name',
    ({ specs, expected }) => {
      expect(
        rows(specs).map((r) => [
          r.kind,
          r.unitId,
          r.measureIds,
          r.completedIds,
          r.lateIds,
        ]),
      ).toEqual(expected);
    },
  );

  it('names a unit no longer in the office null', () => {
    const [orphan] = rows([{ id: 'o', unitIds: ['u-gone'] }]).slice(3);
    expect(orphan?.name).toBeNull();
  });
});

describe('unitsTotal', () => {
  it('counts each measure once, however many units it has', () => {
    const total = unitsTotal(
      rows([
        { id: 'shared', unitIds: ['u-office', 'u-finance'], latest: done },
        { id: 'all', allUnits: true, unitIds: [], latest: late },
        { id: 'none', unitIds: [] },
        { id: 'own', unitIds: ['u-works'], latest: late },
      ]),
    );
    expect(total.measureIds.toSorted()).toEqual([
      'all',
      'none',
      'own',
      'shared',
    ]);
    expect(total.completedIds).toEqual(['shared']);
    expect(total.lateIds.toSorted()).toEqual(['all', 'own']);
  });
});
