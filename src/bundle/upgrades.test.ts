import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { isRevChain } from '@/domain/revision';
import type { Measure } from '@/domain/types';

import { chainForm } from './chain-form';
import { bundleChecksum } from './checksum';
import { BUNDLE_VERSION } from './envelope';
import { parseJson, readBundle, type ReadBundle } from './read-bundle';
import { checkReferences } from './references';
import { bytesSource } from './stream/byte-source';
import { openBundle } from './stream/open-bundle';
import { knownIdsWith, readSlices } from './stream/read-slices';
import { upgrades } from './upgrades';

const v1Text = readFileSync(
  new URL('./fixtures/bundle-v1.json', import.meta.url),
  'utf8',
);

const v2Text = readFileSync(
  new URL('./fixtures/bundle-v2.json', import.meta.url),
  'utf8',
);

const v3Text = readFileSync(
  new URL('./fixtures/bundle-v3-resolved.json', import.meta.url),
  'utf8',
);
const v4Text = readFileSync(
  new URL('./fixtures/bundle-v4.json', import.meta.url),
  'utf8',
);
const NOTHING_STORED = {
  offices: new Set<string>(),
  measures: new Set<string>(),
};

/** A file read whole, its references checked, as the import reads it. */
const readWhole = (text: string) =>
  checkReferences(readBundle(parseJson(text)), NOTHING_STORED);

/** The same file read in small slices, the slices' records put together. */
function readInSlices(text: string) {
  const opened = openBundle(bytesSource(new TextEncoder().encode(text), 64));
  const known = knownIdsWith(NOTHING_STORED, [opened]);
  const all = { measures: [] as unknown[], conflicts: [] as unknown[] };
  for (const { read } of readSlices(opened, known, 2_000)) {
    all.measures.push(...read.records.measures);
    all.conflicts.push(...read.conflicts);
  }
  return all;
}

describe('bundle upgrades', () => {
  it('has one named step for every older version', () => {
    for (let v = 1; v < BUNDLE_VERSION; v++)
      expect(upgrades[v]?.name).toMatch(/^upgradeV\d+ToV\d+$/);
  });

  it('reads the real version-1 file through upgradeV1ToV2', () => {
    const json = parseJson(v1Text) as { version: number };
    expect(json.version).toBe(1);
    const read = readBundle(json);
    expect(read.invalid).toEqual([]);
    expect(read.records.offices[0]?.itaResults).toBeUndefined();
    expect(read.records.measures).toHaveLength(11);
  });

  it('reads the real version-2 file through upgradeV2ToV3', () => {
    const json = parseJson(v2Text) as { version: number };
    expect(json.version).toBe(2);
    const read = readBundle(json);
    expect(read.invalid).toEqual([]);
    expect(read.records.offices[0]?.itaResults).toHaveLength(1);
    expect(read.records.measures).toHaveLength(11);
    for (const measure of read.records.measures)
      expect(measure.methodsStyle).toBeUndefined();
  });

  it('keeps the version-2 records as they were', () => {
    const json = parseJson(v2Text) as { measures: unknown[] };
    const upgraded = upgrades[2]!(json) as {
      version: number;
      measures: unknown[];
    };
    expect(upgraded.version).toBe(3);
    expect(upgraded.measures).toEqual(json.measures);
  });

  it('keeps the version-1 records as they were', () => {
    const json = parseJson(v1Text) as { measures: unknown[] };
    const upgraded = upgrades[1]!(json) as {
      version: number;
      measures: unknown[];
    };
    expect(upgraded.version).toBe(2);
    expect(upgraded.measures).toEqual(json.measures);
  });

  it('reads the real version-3 file with a resolution of two parents through upgradeV3ToV4, whole or in slices alike', () => {
    const json = parseJson(v3Text) as { version: number; measures: Measure[] };
    expect(json.version).toBe(3);
    const resolved = json.measures.find((m) => m.revs.length > 1)!;
    expect(isRevChain(resolved.rev, resolved.revs)).toBe(false);
    const read: ReadBundle = readWhole(v3Text);
    expect(read.invalid).toEqual([]);
    expect(read.records.measures).toHaveLength(11);
    // The record keeps its rev and content; its revs become one chain.
    const upgraded = read.records.measures.find((m) => m.id === resolved.id)!;
    expect({ ...upgraded, revs: resolved.revs }).toEqual(resolved);
    for (const m of read.records.measures)
      expect(isRevChain(m.rev, m.revs)).toBe(true);
    // The revs left off are tombstoned, in `conflicts`, so nothing is lost.
    const { record, tombstones } = chainForm(resolved);
    expect(upgraded).toEqual(record);
    expect(read.conflicts).toEqual(
      tombstones.map((t) => ({ kind: 'measures', record: t })),
    );
    const kept = new Set([
      ...upgraded.revs,
      ...read.conflicts.flatMap((c) => c.record.revs),
    ]);
    expect([...kept].sort()).toEqual([...resolved.revs].sort());
    expect(readInSlices(v3Text)).toEqual({
      measures: read.records.measures,
      conflicts: read.conflicts,
    });
  });

  it('leaves out the tombstones with a resolved record that is left out', () => {
    const json = parseJson(v3Text) as { offices: unknown[]; sha256?: string };
    json.offices = [];
    delete json.sha256;
    const text = JSON.stringify({ ...json, sha256: bundleChecksum(json) });
    const read = readWhole(text);
    expect(read.records.measures).toEqual([]);
    expect(read.conflicts).toEqual([]);
    expect(read.invalid.filter((r) => r.inConflicts)).toEqual([]);
    expect(readInSlices(text)).toEqual({ measures: [], conflicts: [] });
  });

  it('keeps the version-3 envelope as it was', () => {
    const json = parseJson(v3Text) as object;
    const { version, ...rest } = upgrades[3]!(json) as { version: number };
    expect(version).toBe(4);
    const { version: old, ...was } = json as { version: number };
    expect(old).toBe(3);
    expect(rest).toEqual(was);
  });

  it('reads the real version-4 file through upgradeV4ToV5: every record kept, no deadlines', () => {
    const json = parseJson(v4Text) as { version: number };
    expect(json.version).toBe(4);
    const { version, ...rest } = upgrades[4]!(json) as { version: number };
    expect(version).toBe(5);
    const { version: old, ...was } = json as { version: number };
    expect(old).toBe(4);
    expect(rest).toEqual(was);
    const read = readWhole(v4Text);
    expect(read.invalid).toEqual([]);
    expect(read.records.deadlines).toEqual([]);
    expect(read.records.measures).toHaveLength(2);
    expect(read.conflicts).toHaveLength(1);
  });
});

describe('upgradeV5ToV6', () => {
  // The sample the app exported as version 5 (docs/sample-bundle.json then).
  const v5Text = readFileSync(
    new URL('./fixtures/bundle-v5.json', import.meta.url),
    'utf8',
  );
  const v5 = JSON.parse(v5Text) as Record<string, unknown>;

  it('changes only the version: a version-5 file has no report texts nor approvals', () => {
    expect(v5.version).toBe(5);
    const upgraded = upgrades[5]!(v5) as Record<string, unknown>;
    expect(upgraded).toEqual({ ...v5, version: 6 });
    expect(upgraded).not.toHaveProperty('roundReports');
    expect(upgraded).not.toHaveProperty('approvals');
  });

  it('reads the version-5 file as it is, its deadline and every record kept', () => {
    const read = readWhole(v5Text);
    expect(read.invalid).toEqual([]);
    expect(read.records.measures).toHaveLength(2);
    expect(read.records.updates).toHaveLength(1);
    expect(read.records.deadlines).toEqual(
      (v5 as { deadlines: unknown[] }).deadlines,
    );
    expect(read.records.roundReports).toEqual([]);
    expect(read.records.approvals).toEqual([]);
    expect(read.conflicts).toHaveLength(1);
  });

  it('takes the version-4 file through both steps: the same records, no deadlines, report texts nor approvals', () => {
    const v4 = JSON.parse(v4Text) as Record<string, unknown>;
    expect(upgrades[5]!(upgrades[4]!(v4))).toEqual({ ...v4, version: 6 });
    const read = readWhole(v4Text);
    expect(read.invalid).toEqual([]);
    expect(read.records.deadlines).toEqual([]);
    expect(read.records.roundReports).toEqual([]);
    expect(read.records.approvals).toEqual([]);
    expect(read.records.measures).toEqual(readWhole(v5Text).records.measures);
  });
});

describe('upgradeV6ToV7', () => {
  // The sample the app exported as version 6 (docs/sample-bundle.json then).
  const v6Text = readFileSync(
    new URL('./fixtures/bundle-v6.json', import.meta.url),
    'utf8',
  );
  const v6 = JSON.parse(v6Text) as Record<string, unknown>;

  it('changes only the version: a version-6 file has no OIT items', () => {
    expect(v6.version).toBe(6);
    const upgraded = upgrades[6]!(v6) as Record<string, unknown>;
    expect(upgraded).toEqual({ ...v6, version: 7 });
    expect(upgraded).not.toHaveProperty('oitItems');
  });

  it('reads the version-6 file as it is: its approval and every record kept, no OIT items', () => {
    const read = readWhole(v6Text);
    expect(read.invalid).toEqual([]);
    expect(read.records.measures).toHaveLength(2);
    expect(read.records.roundReports).toHaveLength(1);
    expect(read.records.approvals).toHaveLength(1);
    expect(read.records.oitItems).toEqual([]);
    expect(read.conflicts).toHaveLength(1);
  });
});

describe('upgradeV7ToV8', () => {
  // The sample as version 7 (docs/sample-bundle.json then): unsigned.
  const v7Text = readFileSync(
    new URL('./fixtures/bundle-v7.json', import.meta.url),
    'utf8',
  );
  const v7 = JSON.parse(v7Text) as Record<string, unknown>;

  it('changes only the version: a version-7 file is unsigned', () => {
    expect(v7.version).toBe(7);
    const upgraded = upgrades[7]!(v7) as Record<string, unknown>;
    expect(upgraded).toEqual({ ...v7, version: 8 });
    expect(upgraded).not.toHaveProperty('signature');
  });

  it('reads the version-7 file as it is, unsigned, every record kept', () => {
    const read = readWhole(v7Text);
    expect(read.invalid).toEqual([]);
    expect(read.signature).toBeUndefined();
    expect(read.sha256).toBe(v7.sha256);
    expect(read.records.approvals).toHaveLength(1);
    expect(read.records.roundReports).toHaveLength(1);
    expect(read.records.oitItems).toHaveLength(1);
    expect(read.conflicts).toHaveLength(1);
  });
});
