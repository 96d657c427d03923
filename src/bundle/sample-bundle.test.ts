// docs/sample-bundle.json: a file the app wrote (version 8, signed; an office,
// two measures, an update, the 6-month round's due date set, that round's
// report with a cell edited and approved by the office's approver; one
// measure's conflict resolved on one laptop; since version 7 an OIT item
// answered by the announcement and every measure: the version-6 export
// with that record added, written by createBundleFile; since version 8
// signed by the writing device's key),
// kept beside the JSON Schema so that people who build other tools see a
// real one. It must stay a valid file of the current version that the app
// reads as it is: when the format changes, export a new one.
import { webcrypto } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { reportChecksum } from '@/domain/report/sign-off';
import { isRevChain, revGeneration } from '@/domain/revision';
import type { Revisioned } from '@/domain/types';
import {
  docsSchemaValidator,
  sampleBundleText,
} from '@/testing/bundle-json-schema';

import { canonicalJson } from './canonical-json';
import { bundleChecksum } from './checksum';
import { fromCouchDoc, toCouchDoc } from './couch-doc';
import { BUNDLE_VERSION } from './envelope';
import { mergeAll, openLosers } from './merge';
import { parseJson, readBundle } from './read-bundle';
import { RECORD_KINDS } from './record-schemas';
import { checkReferences } from './references';

const text = sampleBundleText();
const json = JSON.parse(text) as Record<string, unknown> & { sha256: string };

describe('docs/sample-bundle.json', () => {
  it('is valid by docs/bundle.schema.json, read by another tool (Ajv)', () => {
    const validate = docsSchemaValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is a file of the current version, as the app writes one: canonical JSON, its checksum and signature last', () => {
    expect(json.version).toBe(BUNDLE_VERSION);
    const { sha256, signature, ...rest } = json;
    expect(sha256).toBe(bundleChecksum(rest));
    const body = canonicalJson(rest) ?? '';
    expect(text).toBe(
      `${body.slice(0, -1)},"sha256":"${sha256}","signature":${canonicalJson(signature)}}`,
    );
  });

  it('is signed: its signature of the checksum verifies, as docs/bundle-format.md tells another tool', async () => {
    const { signature, sha256 } = json as unknown as {
      sha256: string;
      signature: { publicKey: string; value: string };
    };
    const subtle = webcrypto.subtle;
    const key = await subtle.importKey(
      'spki',
      Buffer.from(signature.publicKey, 'base64'),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const verified = await subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      Buffer.from(signature.value, 'base64'),
      new TextEncoder().encode(sha256),
    );
    expect(verified).toBe(true);
  });

  it('is read by the app as it is: every record kept, nothing to convert', () => {
    const read = readBundle(parseJson(text));
    expect(read.invalid).toEqual([]);
    expect({
      offices: read.records.offices.length,
      measures: read.records.measures.length,
      updates: read.records.updates.length,
      deadlines: read.records.deadlines.length,
      roundReports: read.records.roundReports.length,
      approvals: read.records.approvals.length,
      oitItems: read.records.oitItems.length,
      conflicts: read.conflicts.length,
    }).toEqual({
      offices: 1,
      measures: 2,
      updates: 1,
      deadlines: 1,
      roundReports: 1,
      approvals: 1,
      oitItems: 1,
      conflicts: 1,
    });
    const checked = checkReferences(read, {
      offices: new Set(),
      measures: new Set(),
    });
    expect(checked).toEqual(read);
  });

  it('holds a conflict resolved as CouchDB resolves one: no conflict open, every version a CouchDB document', () => {
    const read = readBundle(parseJson(text));
    const versions = [
      ...read.records.measures,
      ...read.conflicts.flatMap((c) =>
        c.kind === 'measures' ? [c.record] : [],
      ),
    ];
    const { state } = mergeAll(new Map(), versions);
    const [tombstone] = read.conflicts.map((c) => c.record as Revisioned);
    const leaves = state.get(tombstone!.id)!;
    // The chosen content, a child of the version that was shown; the other
    // side's deleted child: siblings' children, on the same first version.
    expect(leaves.winner.deleted).toBeUndefined();
    expect(leaves.losers).toEqual([tombstone]);
    expect(tombstone!.deleted).toBe(true);
    expect(openLosers(leaves)).toEqual([]);
    expect(revGeneration(leaves.winner.rev)).toBe(3);
    expect(revGeneration(tombstone!.rev)).toBe(3);
    expect(leaves.winner.revs[1]).toBe(tombstone!.revs[1]);
    expect(leaves.winner.revs[0]).not.toBe(tombstone!.revs[0]);
    const kinds = [
      ...RECORD_KINDS.flatMap((kind) =>
        read.records[kind].map((r) => [kind, r] as const),
      ),
      ...read.conflicts.map((c) => [c.kind, c.record] as const),
    ];
    expect(kinds).toHaveLength(9);
    for (const [kind, record] of kinds) {
      expect(isRevChain(record.rev, record.revs)).toBe(true);
      expect(fromCouchDoc(toCouchDoc(kind, record))).toEqual({ kind, record });
    }
  });

  it("holds an approval whose checksum another tool recomputes from its cells, and the report text's edit among them", () => {
    const read = readBundle(parseJson(text));
    const [approval] = read.records.approvals;
    const [edited] = read.records.roundReports;
    expect(approval!.sha256).toBe(reportChecksum(approval!.cells));
    expect(approval!.cells).toHaveLength(approval!.measureIds.length * 7);
    for (const cell of edited!.cells)
      expect(approval!.cells).toContainEqual(cell);
    expect(approval!.id).toBe(edited!.id);
  });
});
