// The name of the person at this device: asked once, after the first
// change saved here (of any cause), until given or declined.
import { beforeEach, describe, expect, it } from 'vitest';

import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { applyImport } from './exchange/import-bundles';
import { createMeasure } from './measures';
import { createOffice } from './offices';
import {
  declinePersonName,
  PERSON_NAME_MAX,
  readPerson,
  setPersonName,
} from './person';

describe('the person at this device', () => {
  beforeEach(resetDb);

  it('is asked for after the first change, not before', async () => {
    // Not yet, but it will be: the shell loads its question ahead.
    expect(await readPerson()).toEqual({ ask: false, unasked: true });
    await createOffice(makeOfficeFields());
    expect(await readPerson()).toEqual({ ask: true, unasked: true });
  });

  it('is asked for after a first import too: the journal says who imported', async () => {
    const office = await createOffice(makeOfficeFields());
    await createMeasure(office.id, 2568, makeMeasureInput());
    const text = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([text]));
    expect(await readPerson()).toEqual({ ask: true, unasked: true });
  });

  it('is not asked again once the name is given, or declined', async () => {
    await createOffice(makeOfficeFields());
    await setPersonName('  สมศรี ใจดี  ');
    expect(await readPerson()).toEqual({
      name: 'สมศรี ใจดี',
      ask: false,
      unasked: false,
    });

    await resetDb();
    await createOffice(makeOfficeFields());
    await declinePersonName();
    expect(await readPerson()).toEqual({ ask: false, unasked: false });
    // Settings can still set it, and remove it again.
    await setPersonName('สมชาย');
    expect(await readPerson()).toEqual({
      name: 'สมชาย',
      ask: false,
      unasked: false,
    });
    await setPersonName('   ');
    expect(await readPerson()).toEqual({ ask: false, unasked: false });
  });

  it('keeps a name of at most PERSON_NAME_MAX characters', async () => {
    await setPersonName('ก'.repeat(PERSON_NAME_MAX + 20));
    expect((await readPerson()).name).toHaveLength(PERSON_NAME_MAX);
  });
});
