import { beforeEach, describe, expect, it } from 'vitest';

import { makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { DatabaseNotEmptyError, loadExample } from './load-example';
import { listMeasures } from './measures';
import { createOffice, listOffices } from './offices';
import { getSetting } from './settings';
import { listOfficeUpdates } from './updates';

describe('loadExample', () => {
  beforeEach(resetDb);

  it('fills an empty database with the example office year and selects it', async () => {
    const office = await loadExample();
    expect(office.name).toBe('เทศบาลตำบลขุนแก้ว');
    const measures = await listMeasures(office.id, 2568);
    expect(measures).toHaveLength(11);
    expect(measures[0]?.title).toBe('การป้องกันการทุจริต');
    expect(await listOfficeUpdates(office.id)).toHaveLength(11);
    expect(await getSetting('officeId')).toBe(office.id);
    expect(await getSetting('fiscalYear')).toBe(2568);
    const unitIds = new Set(office.units.map((u) => u.id));
    expect(
      measures.flatMap((m) => m.unitIds).every((id) => unitIds.has(id)),
    ).toBe(true);
  });

  it('refuses a database that already has an office, and changes nothing', async () => {
    await createOffice(makeOfficeFields());
    await expect(loadExample()).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await listOffices()).toHaveLength(1);
  });
});
