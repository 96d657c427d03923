// A consolidator's device set to change only its own office by forms:
// the others' records change by import only (issue 17).
import { beforeEach, describe, expect, it } from 'vitest';

import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { setDeadline } from '../deadlines';
import { applyImport } from '../exchange/import-bundles';
import { setOwnOfficeOnly } from '../keys/this-device';
import { createMeasure, updateMeasure } from '../measures';
import { createOffice } from '../offices';

describe('offices read-only on a consolidator device', () => {
  beforeEach(resetDb);

  it("refuses a form's change of another office, keeps its own office and the round deadlines editable, and still imports", async () => {
    const own = await createOffice(makeOfficeFields({ name: 'สถ.จังหวัด' }));
    const other = await createOffice(makeOfficeFields({ name: 'อบต.ก' }));
    const theirs = await createMeasure(other.id, 2568, makeMeasureInput());
    const file = await exportedText();
    await setOwnOfficeOnly(own.id);

    await expect(
      updateMeasure(theirs.id, makeMeasureInput({ title: 'แก้จากเครื่องรวบรวม' })),
    ).rejects.toMatchObject({ name: 'OfficeReadOnlyError' });
    await expect(
      createMeasure(other.id, 2568, makeMeasureInput()),
    ).rejects.toMatchObject({ name: 'OfficeReadOnlyError' });
    expect((await db.measures.get(theirs.id))?.title).toBe(theirs.title);

    await createMeasure(own.id, 2568, makeMeasureInput({ title: 'ของเราเอง' }));
    await setDeadline(2568, 'six-month', '2025-04-15');
    // An import is no form: it changes any office (as the trust allows).
    await applyImport(wholeFiles([file]));

    await setOwnOfficeOnly(undefined);
    await updateMeasure(theirs.id, makeMeasureInput({ title: 'แก้ได้อีกครั้ง' }));
    expect((await db.measures.get(theirs.id))?.title).toBe('แก้ได้อีกครั้ง');
  });
});
