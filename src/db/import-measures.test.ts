import { readFileSync } from 'node:fs';

import { beforeEach, describe, expect, it } from 'vitest';

import { planImport, type ReadyMeasure } from '@/domain/paste/import-plan';
import { unitKey } from '@/domain/paste/match-units';
import { parseReportText } from '@/domain/paste/parse-report-text';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { importParsedMeasures } from './import-measures';
import { createMeasure, listMeasures } from './measures';
import { createOffice } from './offices';
import { listOfficeUpdates } from './updates';

const fixture = readFileSync(
  new URL('../domain/fixtures/ita-report-khunkaew-2568.txt', import.meta.url),
  'utf8',
);
const choices = {
  round: 'annual' as const,
  status: 'completed' as const,
  today: '2025-10-05',
  addUnits: new Set<string>(),
};

describe('importParsedMeasures', () => {
  beforeEach(resetDb);

  it('saves the pasted report after the year’s measures, each with its results', async () => {
    const office = await createOffice(makeOfficeFields());
    await createMeasure(office.id, 2568, makeMeasureInput({ title: 'มีอยู่แล้ว' }));
    const measures = parseReportText(fixture).measures as ReadyMeasure[];
    const plan = planImport(measures, office.units, 2568, choices);

    const created = await importParsedMeasures(office.id, 2568, plan);

    const listed = await listMeasures(office.id, 2568);
    expect(listed.map((m) => m.id)).toEqual([
      listed[0]!.id,
      ...created.map((m) => m.id),
    ]);
    expect(listed[0]!.title).toBe('มีอยู่แล้ว');
    expect(created).toHaveLength(11);
    expect(created[0]!.unitIds).toEqual(['u-office']);
    const updates = await listOfficeUpdates(office.id);
    expect(updates).toHaveLength(11);
    expect(updates.every((u) => u.date === '2025-09-30')).toBe(true);
    // Dashboards read summaries: every imported measure has its own.
    const summaries = await db.summaries.bulkGet(created.map((m) => m.id));
    expect(summaries.map((s) => s?.latest)).toEqual(
      created.map(() => ({
        date: '2025-09-30',
        status: 'completed',
        percent: 100,
      })),
    );
  });

  it('adds the units the person chose once, whatever their spacing', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = (unitNames: string[]): ReadyMeasure => ({
      ...(parseReportText(fixture).measures[0] as ReadyMeasure),
      unitNames,
    });
    const plan = planImport(
      [measure(['กองพัสดุ', 'กองช่าง']), measure(['กอง พัสดุ'])],
      office.units,
      2568,
      { ...choices, addUnits: new Set([unitKey('กองพัสดุ')]) },
    );

    const [first, second] = await importParsedMeasures(office.id, 2568, plan);

    const units = (await db.offices.get(office.id))!.units;
    expect(units.map((u) => u.name)).toEqual([
      'สำนักปลัดเทศบาล',
      'กองคลัง',
      'กองพัสดุ',
    ]);
    expect(first!.unitIds).toEqual([units[2]!.id]);
    expect(second!.unitIds).toEqual([units[2]!.id]);
  });

  it('writes nothing when a part of the import fails', async () => {
    const office = await createOffice(makeOfficeFields());
    const plan = planImport(
      parseReportText(fixture).measures as ReadyMeasure[],
      office.units,
      2568,
      choices,
    );
    // A measure whose update cannot be stored (a function is not cloneable).
    const broken = structuredClone(plan);
    (broken.measures[5]!.update as unknown as { result: unknown }).result =
      () => 0;

    await expect(
      importParsedMeasures(office.id, 2568, broken),
    ).rejects.toThrow();

    expect(await listMeasures(office.id, 2568)).toEqual([]);
    expect(await listOfficeUpdates(office.id)).toEqual([]);
  });
});
