import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { BUNDLE_VERSION } from './envelope';
import { parseJson, readBundle } from './read-bundle';
import { upgrades } from './upgrades';

const v1Text = readFileSync(
  new URL('./fixtures/bundle-v1.json', import.meta.url),
  'utf8',
);

const v2Text = readFileSync(
  new URL('./fixtures/bundle-v2.json', import.meta.url),
  'utf8',
);

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
});
