/**
 * A bundle written as it is generated, never held whole in memory: each kind
 * of record goes to its own part file in canonical JSON (RFC 8785), one
 * record per line, and the bundle is those parts put together in canonical
 * key order. Its checksum is then the SHA-256 of the parts read back without
 * the line breaks, which is exactly the canonical text the app hashes.
 * The line breaks sit between array elements, where JSON allows white space,
 * and let the raw-IndexedDB baseline read the same records line by line.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

import { BUNDLE_TYPE, BUNDLE_VERSION, type Bundle } from '@/bundle/envelope';
import type { RecordKind as AnyKind } from '@/bundle/record-schemas';

/** The kinds the bench data has: no deadlines, report texts or approvals. */
type RecordKind = Extract<AnyKind, 'offices' | 'measures' | 'updates'>;

import { opfsSave, opfsSink, type TextSink } from './opfs';

const NEWLINE = 0x0a;
const READ_CHUNK = 8 * 1024 * 1024;

export type PartFiles = Record<RecordKind, File>;

export interface PartWriter {
  add(kind: RecordKind, record: object): Promise<void>;
  close(): Promise<PartFiles>;
}

export async function partWriter(prefix: string): Promise<PartWriter> {
  const sinks: Record<RecordKind, TextSink> = {
    offices: await opfsSink(`${prefix}-offices.part`),
    measures: await opfsSink(`${prefix}-measures.part`),
    updates: await opfsSink(`${prefix}-updates.part`),
  };
  const counts: Record<RecordKind, number> = {
    offices: 0,
    measures: 0,
    updates: 0,
  };
  return {
    async add(kind, record) {
      const separator = counts[kind]++ === 0 ? '' : '\n,';
      await sinks[kind].write(separator + (canonicalize(record) ?? ''));
    },
    async close() {
      return {
        offices: await sinks.offices.close(),
        measures: await sinks.measures.close(),
        updates: await sinks.updates.close(),
      };
    },
  };
}

type Meta = Pick<Bundle, 'exportedAt' | 'scope' | 'source'>;

/** Every piece of the bundle but its checksum and closing brace, in canonical key order. */
function pieces(parts: PartFiles, meta: Meta): (string | File)[] {
  return [
    // The app's bundles always carry every list: deadlines, report texts,
    // approvals and OIT items (none here) too.
    `{"approvals":[],"conflicts":[],"deadlines":[],"exportedAt":${canonicalize(meta.exportedAt)},"measures":[`,
    parts.measures,
    '],"offices":[',
    parts.offices,
    `],"oitItems":[],"roundReports":[],"scope":${canonicalize(meta.scope)},"source":${canonicalize(meta.source)}`,
    `,"type":${canonicalize(BUNDLE_TYPE)},"updates":[`,
    parts.updates,
    `],"version":${BUNDLE_VERSION}`,
  ];
}

function withoutNewlines(bytes: Uint8Array): Uint8Array {
  let kept = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== NEWLINE) bytes[kept++] = byte;
  }
  return bytes.subarray(0, kept);
}

async function canonicalDigest(list: (string | File)[]): Promise<string> {
  const hash = sha256.create();
  for (const piece of list) {
    if (typeof piece === 'string') {
      hash.update(utf8ToBytes(piece));
      continue;
    }
    for (let at = 0; at < piece.size; at += READ_CHUNK) {
      const bytes = new Uint8Array(
        await piece.slice(at, at + READ_CHUNK).arrayBuffer(),
      );
      hash.update(withoutNewlines(bytes));
    }
  }
  return bytesToHex(hash.digest());
}

/** The bundle file: the parts put together, signed, saved as `name`. */
export async function composeBundle(
  name: string,
  parts: PartFiles,
  meta: Meta,
): Promise<{ file: File; sha256: string }> {
  const list = pieces(parts, meta);
  const digest = await canonicalDigest([...list, '}']);
  const file = await opfsSave(
    name,
    new Blob([...list, `,"sha256":"${digest}"}`]),
  );
  return { file, sha256: digest };
}
