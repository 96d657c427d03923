// Who may change what (issue 17): each rule of keys/trust-book.ts through
// the import itself, files signed by real keys (Node's WebCrypto).
import { beforeEach, describe, expect, it } from 'vitest';

import { createBundleFile } from '@/bundle/create-bundle';
import { parseJson, readBundle } from '@/bundle/read-bundle';
import {
  checkSignature,
  generateDeviceKey,
  keyFingerprint,
  signChecksum,
} from '@/bundle/signature';
import type { Measure, Office } from '@/domain/types';
import { makeMeasure, makeOffice } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { deviceKey } from '../keys/device-key';
import { noChoices, type TrustChoices } from '../keys/trust-book';
import { loadTrustBook, revokeTrust } from '../keys/trusted-keys';
import { applyImport, previewImport } from './import-bundles';
import type { ImportFile } from './import-files';

type Key = Awaited<ReturnType<typeof generateDeviceKey>>;

async function file(
  name: string,
  records: { offices: Office[]; measures: Measure[] },
  key?: Key,
  device = 'โน้ตบุ๊กงานแผน',
): Promise<ImportFile> {
  const { file: blob } = await createBundleFile(
    {
      exportedAt: '2025-10-05T03:12:00.000Z',
      source: { app: 'ita-tracker', appVersion: 't', device },
      scope: { offices: records.offices.map((o) => o.id), fiscalYears: [] },
      records: { ...records, updates: [] },
      conflicts: [],
    },
    undefined,
    key ? (sha256) => signChecksum(crypto.subtle, key, sha256) : undefined,
  );
  const read = readBundle(parseJson(await blob.text()));
  const signer = await checkSignature(
    crypto.subtle,
    read.sha256,
    read.signature,
  );
  return { name, read, ...(signer ? { signer } : {}) };
}

const officeA = makeOffice('office-a', 'อบต.ก');
const officeB = makeOffice('office-b', 'อบต.ข');
const measureA = makeMeasure('measure-a', 'office-a', 'มาตรการของ ก');
const measureB = makeMeasure('measure-b', 'office-b', 'มาตรการของ ข');

async function importWith(files: ImportFile[], choices = noChoices()) {
  const preview = await previewImport(files, {
    trust: await loadTrustBook(choices),
  });
  const entry = await applyImport(files, {
    trust: await loadTrustBook(choices),
  });
  return { preview, entry };
}

let keyA: Key;
let keyB: Key;
let other: Key;

describe('who may change what', () => {
  beforeEach(async () => {
    await resetDb();
    keyA = await generateDeviceKey(crypto.subtle);
    keyB = await generateDeviceKey(crypto.subtle);
    other = await generateDeviceKey(crypto.subtle);
  });

  it('trusts the first signed file for an office on first use, and keeps its key', async () => {
    const a = await file(
      'ก.json',
      { offices: [officeA], measures: [measureA] },
      keyA,
    );
    const { preview } = await importWith([a]);
    expect(preview.held).toEqual([]);
    expect(preview.firstUse).toEqual([
      expect.objectContaining({
        officeId: 'office-a',
        fingerprint: keyFingerprint(keyA.publicKey),
        origin: 'first-use',
        file: 'ก.json',
        device: 'โน้ตบุ๊กงานแผน',
      }),
    ]);
    expect(await db.measures.get('measure-a')).toBeDefined();
    expect(await db.trustedKeys.toArray()).toEqual([
      expect.objectContaining({
        officeId: 'office-a',
        fingerprint: keyFingerprint(keyA.publicKey),
        publicKey: keyA.publicKey,
        origin: 'first-use',
      }),
    ]);
  });

  it('holds a later file for the office signed by an unknown key, and writes it once its key is trusted', async () => {
    await importWith([
      await file('ก.json', { offices: [officeA], measures: [] }, keyA),
    ]);
    const laptop = await file(
      'ก-ใหม่.json',
      { offices: [officeA], measures: [measureA] },
      other,
    );
    const { preview, entry } = await importWith([laptop]);
    expect(preview.held).toEqual([
      expect.objectContaining({
        file: 'ก-ใหม่.json',
        officeId: 'office-a',
        officeName: 'อบต.ก',
        reason: 'unknownKey',
        fingerprint: keyFingerprint(other.publicKey),
        records: 2,
      }),
    ]);
    expect(entry.held).toHaveLength(1);
    expect(await db.measures.get('measure-a')).toBeUndefined();

    const trustNew: TrustChoices = {
      keys: [
        { officeId: 'office-a', fingerprint: keyFingerprint(other.publicKey) },
      ],
      unsignedFiles: [],
    };
    const again = await importWith([laptop], trustNew);
    expect(again.preview.held).toEqual([]);
    expect(await db.measures.get('measure-a')).toBeDefined();
    expect(
      await db.trustedKeys.get(['office-a', keyFingerprint(other.publicKey)]),
    ).toMatchObject({ origin: 'accepted', file: 'ก-ใหม่.json' });
  });

  it("writes what a file may change and holds, by office, another office's records it carries", async () => {
    await importWith([
      await file('ข.json', { offices: [officeB], measures: [] }, keyB),
    ]);
    await importWith([
      await file('ก.json', { offices: [officeA], measures: [] }, keyA),
    ]);
    const sneaky = await file(
      'ก-แก้-ข.json',
      { offices: [officeA], measures: [measureA, measureB] },
      keyA,
    );
    const { preview } = await importWith([sneaky]);
    expect(preview.held).toEqual([
      expect.objectContaining({
        officeId: 'office-b',
        reason: 'unknownKey',
        records: 1,
      }),
    ]);
    expect(await db.measures.get('measure-a')).toBeDefined();
    expect(await db.measures.get('measure-b')).toBeUndefined();
  });

  it("trusts a consolidator's file per office: only where its key is trusted for that office", async () => {
    await importWith([
      await file('ข.json', { offices: [officeB], measures: [] }, keyB),
    ]);
    const consolidator = await file(
      'จังหวัด.json',
      { offices: [officeA, officeB], measures: [measureA, measureB] },
      other,
    );
    const { preview } = await importWith([consolidator]);
    // A was never seen: trusted on first use; B has its own key.
    expect(preview.firstUse.map((k) => k.officeId)).toEqual(['office-a']);
    expect(preview.held.map((h) => [h.officeId, h.records])).toEqual([
      ['office-b', 2],
    ]);
    expect(await db.measures.get('measure-a')).toBeDefined();
    expect(await db.measures.get('measure-b')).toBeUndefined();
  });

  it('holds an unsigned file until a person says they know where it came from', async () => {
    const unsigned = await file('เก่า.json', {
      offices: [officeA],
      measures: [measureA],
    });
    const { preview } = await importWith([unsigned]);
    expect(preview.held).toEqual([
      expect.objectContaining({
        file: 'เก่า.json',
        reason: 'unsigned',
        records: 2,
      }),
    ]);
    expect(await db.offices.count()).toBe(0);
    // The preview counts what is held as if it were let in.
    expect(preview.byOffice.get('office-a')).toMatchObject({ added: 2 });
    await importWith([unsigned], { keys: [], unsignedFiles: ['เก่า.json'] });
    expect(await db.measures.get('measure-a')).toBeDefined();
    // An unsigned file makes no key trusted: the first signed one still is.
    expect(await db.trustedKeys.count()).toBe(0);
  });

  it("always takes back this device's own files", async () => {
    await importWith([
      await file('ก.json', { offices: [officeA], measures: [] }, keyA),
    ]);
    const own = await deviceKey();
    const mine = await file(
      'ของเครื่องนี้.json',
      { offices: [officeA], measures: [measureA] },
      own,
    );
    const { preview } = await importWith([mine]);
    expect(preview.held).toEqual([]);
    expect(await db.measures.get('measure-a')).toBeDefined();
  });

  it('holds the files of a revoked key again, and never trusts the office on first use after', async () => {
    await importWith([
      await file('ก.json', { offices: [officeA], measures: [] }, keyA),
    ]);
    await revokeTrust('office-a', keyFingerprint(keyA.publicKey));
    const next = await file(
      'ก-2.json',
      { offices: [officeA], measures: [measureA] },
      keyA,
    );
    const { preview } = await importWith([next]);
    expect(preview.held.map((h) => h.reason)).toEqual(['unknownKey']);
    expect(preview.firstUse).toEqual([]);
    expect(await db.measures.get('measure-a')).toBeUndefined();
  });
});
