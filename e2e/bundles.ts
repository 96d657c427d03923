// Bundles made by the tests, from the real version-1 sample: read it, change
// it, and sign it again the way the app does (SHA-256 over the RFC 8785
// canonical JSON of every field but `sha256`), so only the intended fault is
// left for the app to find.
import { readFileSync } from 'node:fs';

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

import type { BundleFile } from './page-models/exchange-page';

/** A record of the sample: loosely typed, so tests can break it on purpose. */
export type SampleRecord = Record<string, unknown> & { id: string };

export interface SampleBundle {
  [field: string]: unknown;
  scope: { offices: string[]; fiscalYears: number[] };
  offices: SampleRecord[];
  measures: SampleRecord[];
  updates: SampleRecord[];
  conflicts: { kind: string; record: SampleRecord }[];
  sha256?: string;
}

const SAMPLE_TEXT = readFileSync(
  new URL('../src/bundle/fixtures/bundle-v1.json', import.meta.url),
  'utf8',
);

/** A fresh copy of the sample bundle (version 1, one office, FY2568). */
export function sampleBundle(): SampleBundle {
  return JSON.parse(SAMPLE_TEXT) as SampleBundle;
}

/** The checksum the app expects: SHA-256 of the canonical JSON without `sha256` and `signature`. */
export function checksumOf(bundle: object): string {
  const {
    sha256: _ignored,
    signature: _signature,
    ...rest
  } = bundle as { sha256?: unknown; signature?: unknown };
  void _ignored;
  void _signature;
  return bytesToHex(sha256(utf8ToBytes(canonicalize(rest) ?? '')));
}

/** The bundle with its checksum recomputed, e.g. after changing a record. */
export function signed<T extends object>(bundle: T): T {
  return { ...bundle, sha256: checksumOf(bundle) };
}

export function jsonFile(name: string, text: string | Buffer): BundleFile {
  return {
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  };
}

/** A signed bundle as a .json file. */
export function bundleFile(name: string, bundle: object): BundleFile {
  return jsonFile(name, JSON.stringify(signed(bundle)));
}

/**
 * The sample turned into another office: new ids everywhere (office,
 * measures, updates, conflicts), a new name, so it can sit next to the
 * original or next to the app's own example without touching them.
 */
export function otherOffice(name: string, idPrefix: string): SampleBundle {
  const text = SAMPLE_TEXT.replaceAll(
    '6f1c2a3b-0000-4000-8000-',
    `${idPrefix}-0000-4000-8000-`,
  );
  const bundle = JSON.parse(text) as SampleBundle;
  for (const office of bundle.offices) office.name = name;
  bundle.conflicts
    .filter((c) => c.kind === 'offices')
    .forEach((c) => (c.record.name = name));
  return bundle;
}
