import { describe, expect, it } from 'vitest';

import { importDate, planImport, type ReadyMeasure } from './import-plan';
import { unitKey } from './match-units';

const units = [{ id: 'finance', name: 'กองคลัง' }];

const parsed = (overrides: Partial<ReadyMeasure> = {}): ReadyMeasure => ({
  line: 1,
  number: 1,
  title: 'มาตรการ',
  methods: ['ขั้นหนึ่ง'],
  period: { kind: 'fiscal-year' },
  periodText: 'ทั้งปีงบประมาณ',
  allUnits: false,
  unitNames: ['กองคลัง', 'กองพัสดุ', 'กองช่าง'],
  result: 'ทำแล้ว',
  suggestions: '',
  outcome: '',
  problems: '',
  evidence: ['https://x.go.th'],
  ...overrides,
});

const choices = {
  round: 'annual' as const,
  status: 'completed' as const,
  today: '2025-02-15',
  addUnits: new Set([unitKey('กองพัสดุ')]),
};

describe('importDate', () => {
  it.each([
    [2568, 'annual', '2025-02-15', '2025-02-15'],
    [2568, 'six-month', '2025-05-01', '2025-03-31'],
    [2567, 'annual', '2025-02-15', '2024-09-30'],
    [2569, 'annual', '2025-02-15', '2026-09-30'],
  ] as const)('FY%i %s, today %s → %s', (fy, round, today, date) => {
    expect(importDate(fy, round, today)).toBe(date);
  });
});

describe('planImport', () => {
  it('maps known units, adds the chosen unknown ones and drops the rest', () => {
    const plan = planImport([parsed()], units, 2568, choices);
    expect(plan.newUnitNames).toEqual(['กองพัสดุ']);
    expect(plan.measures[0]).toMatchObject({
      fields: { unitIds: ['finance'], evidence: [] },
      newUnitNames: ['กองพัสดุ'],
    });
  });

  it('makes the results one update of the chosen round and status', () => {
    const [done] = planImport([parsed()], units, 2568, choices).measures;
    expect(done!.update).toMatchObject({
      date: '2025-02-15',
      round: 'annual',
      status: 'completed',
      percent: 100,
      result: 'ทำแล้ว',
      evidence: ['https://x.go.th'],
    });
    const [going] = planImport([parsed()], units, 2568, {
      ...choices,
      status: 'in-progress',
    }).measures;
    expect(going!.update).toMatchObject({ status: 'in-progress', percent: 0 });
  });

  it('makes no update when the report gives no result', () => {
    const empty = parsed({ result: '', evidence: [], allUnits: true });
    const [planned] = planImport([empty], units, 2568, choices).measures;
    expect(planned!.update).toBeNull();
    expect(planned!.fields).toMatchObject({ allUnits: true, unitIds: [] });
  });

  it("keeps links that come without a result as the measure's own evidence", () => {
    // A row reading "no update in this round", with the measure's links under it.
    const links = parsed({ result: '', evidence: ['https://x.go.th/plan'] });
    const [planned] = planImport([links], units, 2568, choices).measures;
    expect(planned!.update).toBeNull();
    expect(planned!.fields.evidence).toEqual(['https://x.go.th/plan']);
  });

  it('keeps the list style the methods were written in', () => {
    const bulleted = parsed({ methods: ['ก', 'ข'], methodsStyle: 'bulleted' });
    const [planned] = planImport([bulleted], units, 2568, choices).measures;
    expect(planned!.fields.methodsStyle).toBe('bulleted');
    const [none] = planImport([parsed()], units, 2568, choices).measures;
    expect(none!.fields).not.toHaveProperty('methodsStyle');
  });
});
