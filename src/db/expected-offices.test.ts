import { beforeEach, describe, expect, it } from 'vitest';

import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import {
  addExpectedOffices,
  expectImportedOffices,
  listExpectedOffices,
  removeExpectedOffice,
} from './expected-offices';

const NEW = {
  name: 'เทศบาลตำบลขุนแก้ว',
  kind: 'subdistrict-municipality' as const,
  district: 'นครชัยศรี',
  province: 'นครปฐม',
  officeId: null,
};

describe('expected offices', () => {
  beforeEach(resetDb);

  it('adds, lists in Thai order and removes', async () => {
    await addExpectedOffices(
      [NEW, { ...NEW, name: 'อบต.กกกก', kind: null }],
      'csv',
    );
    const listed = await listExpectedOffices();
    expect(listed.map((e) => e.name)).toEqual(['เทศบาลตำบลขุนแก้ว', 'อบต.กกกก']);
    expect(listed[0]).toMatchObject({ source: 'csv', officeId: null });
    await removeExpectedOffice(listed[0]?.id ?? '');
    expect((await listExpectedOffices()).map((e) => e.name)).toEqual([
      'อบต.กกกก',
    ]);
  });

  it('expects the imported offices once, however often asked', async () => {
    await db.offices.bulkPut([
      {
        id: 'o1',
        name: 'ทต.ขุนแก้ว',
        kind: 'subdistrict-municipality',
        district: 'นครชัยศรี',
        province: 'นครปฐม',
      },
      {
        id: 'o2',
        name: 'อบต.หนองแสง',
        kind: 'sao',
        district: 'วาปีปทุม',
        province: 'มหาสารคาม',
        deleted: true,
      },
    ] as never);
    expect(await expectImportedOffices()).toBe(1);
    expect(await expectImportedOffices()).toBe(0);
    const listed = await listExpectedOffices();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ officeId: 'o1', source: 'import' });
  });

  it('links an office listed by name when the same office is later imported', async () => {
    await addExpectedOffices([NEW], 'hand');
    await db.offices.put({
      id: 'o1',
      name: 'ทต. ขุนแก้ว',
      kind: 'subdistrict-municipality',
      district: 'นครชัยศรี',
      province: 'นครปฐม',
    } as never);
    expect(await expectImportedOffices()).toBe(0);
    expect((await listExpectedOffices())[0]).toMatchObject({
      officeId: 'o1',
      source: 'hand',
    });
  });
});
