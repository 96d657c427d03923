import { beforeEach, describe, expect, it } from 'vitest';

import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { makeUpdateInput } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { copyMeasuresToYear } from './copy-measures';
import { createMeasure, listMeasures } from './measures';
import { createOffice } from './offices';
import { createUpdate, listOfficeUpdates } from './updates';

describe('copyMeasuresToYear', () => {
  beforeEach(resetDb);

  it('copies the year’s measures after the next year’s own, without updates', async () => {
    const office = await createOffice(makeOfficeFields());
    const a = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({
        title: 'ก',
        period: { kind: 'months', from: '2024-10', to: '2025-03' },
        evidence: ['https://x.go.th'],
      }),
    );
    await createMeasure(office.id, 2568, makeMeasureInput({ title: 'ข' }));
    await createUpdate(a.id, makeUpdateInput());
    await createMeasure(office.id, 2569, makeMeasureInput({ title: 'ใหม่' }));

    const result = await copyMeasuresToYear(office.id, 2568, 2569);

    const next = await listMeasures(office.id, 2569);
    expect(next.map((m) => m.title)).toEqual(['ใหม่', 'ก', 'ข']);
    expect(next[1]).toMatchObject({
      period: { kind: 'months', from: '2025-10', to: '2026-03' },
      evidence: [],
    });
    expect(result.copied).toHaveLength(2);
    const updates = await listOfficeUpdates(office.id);
    expect(updates.map((u) => u.measureId)).toEqual([a.id]);
  });

  it('copying again copies nothing twice', async () => {
    const office = await createOffice(makeOfficeFields());
    await createMeasure(office.id, 2568, makeMeasureInput({ title: 'ก' }));
    await copyMeasuresToYear(office.id, 2568, 2569);

    const again = await copyMeasuresToYear(office.id, 2568, 2569);

    expect(again.copied).toEqual([]);
    expect(again.skipped.map((m) => m.title)).toEqual(['ก']);
    expect(await listMeasures(office.id, 2569)).toHaveLength(1);
  });
});
