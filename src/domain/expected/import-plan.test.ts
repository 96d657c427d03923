import { describe, expect, it } from 'vitest';

import type { CsvOffice } from './csv-offices';
import {
  officesToAdd,
  planImport,
  type ImportedPlace,
  type ListedPlace,
} from './import-plan';

const row = (name: string, district = '', n = 2): CsvOffice => ({
  rows: [n],
  name,
  kind: null,
  district,
  province: '',
});

const KHUNKAEW: ImportedPlace = {
  id: 'o-khunkaew',
  name: 'เทศบาลตำบลขุนแก้ว',
  kind: 'subdistrict-municipality',
  district: 'นครชัยศรี',
  province: 'นครปฐม',
};
const LISTED: ListedPlace = {
  id: 'e-1',
  name: 'องค์การบริหารส่วนตำบลหนองแสง',
  district: 'วาปีปทุม',
};

describe('planImport', () => {
  it('finds offices already listed, imported ones, and new ones', () => {
    const plan = planImport(
      [row('อบต.หนองแสง'), row('ทต. ขุนแก้ว'), row('เทศบาลเมืองลำพูน')],
      [LISTED],
      [KHUNKAEW],
    );
    expect(plan.map((p) => p.kind)).toEqual(['listed', 'add', 'add']);
    expect(plan[1]).toMatchObject({ match: KHUNKAEW });
    expect(plan[2]).toMatchObject({ match: null });
    expect(officesToAdd(plan, new Map())).toEqual([
      {
        name: 'เทศบาลตำบลขุนแก้ว',
        kind: 'subdistrict-municipality',
        district: 'นครชัยศรี',
        province: 'นครปฐม',
        officeId: 'o-khunkaew',
      },
      {
        name: 'เทศบาลเมืองลำพูน',
        kind: null,
        district: '',
        province: '',
        officeId: null,
      },
    ]);
  });

  it('asks about a misspelled name and adds nothing until answered', () => {
    const plan = planImport([row('เทศบาลตำบลขุนแกว')], [LISTED], [KHUNKAEW]);
    expect(plan).toEqual([
      {
        kind: 'ask',
        office: row('เทศบาลตำบลขุนแกว'),
        candidates: [{ from: 'office', place: KHUNKAEW }],
      },
    ]);
    expect(officesToAdd(plan, new Map())).toBeNull();
    // Confirmed: the imported office, by its own name.
    expect(officesToAdd(plan, new Map([[0, 0]]))).toMatchObject([
      { name: 'เทศบาลตำบลขุนแก้ว', officeId: 'o-khunkaew' },
    ]);
    // Another office after all: as the file writes it.
    expect(officesToAdd(plan, new Map([[0, 'new']]))).toMatchObject([
      { name: 'เทศบาลตำบลขุนแกว', officeId: null },
    ]);
  });

  it('asks about a name near one already listed; confirmed, it adds nothing', () => {
    const plan = planImport([row('องค์การบริหารส่วนตำบลหนองแสน')], [LISTED], []);
    expect(plan[0]).toMatchObject({
      kind: 'ask',
      candidates: [{ from: 'list', place: LISTED }],
    });
    expect(officesToAdd(plan, new Map([[0, 0]]))).toEqual([]);
  });

  it('asks about a name near an earlier row of the file', () => {
    const plan = planImport(
      [row('เทศบาลตำบลบ้านใหม่'), row('เทศบาลตำบลบ้านใหม', '', 3)],
      [],
      [],
    );
    expect(plan[1]).toMatchObject({
      kind: 'ask',
      candidates: [{ from: 'file', index: 0 }],
    });
    expect(officesToAdd(plan, new Map([[1, 0]]))).toHaveLength(1);
    expect(officesToAdd(plan, new Map([[1, 'new']]))).toHaveLength(2);
  });

  it('asks when an imported office of the name has a near name in the list', () => {
    const plan = planImport(
      [row('เทศบาลตำบลขุนแก้ว')],
      [{ id: 'e-2', name: 'เทศบาลตำบลขุนแกว', district: '' }],
      [KHUNKAEW],
    );
    expect(plan[0]).toMatchObject({
      kind: 'ask',
      candidates: [{ from: 'office' }, { from: 'list' }],
    });
  });

  it('asks about an imported office on the list once, as the list’s', () => {
    const plan = planImport(
      [row('เทศบาลตำบลขุนแกว')],
      [{ id: 'e-3', name: KHUNKAEW.name, district: '', officeId: KHUNKAEW.id }],
      [KHUNKAEW],
    );
    expect(plan[0]).toMatchObject({
      kind: 'ask',
      candidates: [{ from: 'list' }],
    });
    expect(plan[0]?.kind === 'ask' && plan[0].candidates).toHaveLength(1);
  });
});
