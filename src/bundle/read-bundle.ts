/**
 * Reading a bundle: the envelope is checked strictly (a bad envelope rejects
 * the file with its reason), then each record on its own (a bad record is
 * left out with its place and reason, and the good ones still count).
 * Older versions are upgraded by named steps; a newer one asks for an update.
 */
import { MAX_RECORDS } from '@/domain/limits';

import { BundleError } from './bundle-error';
import { bundleChecksum } from './checksum';
import {
  BUNDLE_TYPE,
  BUNDLE_VERSION,
  envelopeSchema,
  type BundleEnvelope,
} from './envelope';
import {
  dropDuplicates,
  dropLoneLosers,
  duplicateIds,
  readConflictRows,
  rowsOf,
  validateRows,
} from './read-records';
import type { InvalidRecord } from './record-problems';
import { RECORD_KINDS, type RecordKind, type RecordOf } from './record-schemas';
import { upgrades } from './upgrades';

export type ConflictRecord = {
  [K in RecordKind]: { kind: K; record: RecordOf[K] };
}[RecordKind];

export interface ReadBundle {
  exportedAt: string;
  source: BundleEnvelope['source'];
  scope: BundleEnvelope['scope'];
  /** The checksum, and the exporter's signature of it (since version 8), verified by signature.ts. */
  sha256: string;
  signature?: BundleEnvelope['signature'];
  records: { [K in RecordKind]: RecordOf[K][] };
  conflicts: ConflictRecord[];
  /**
   * Where each kept record stands in the file (its index in its array),
   * parallel to `records` and `conflicts`: a record left out later, for what
   * it refers to, is still reported at its place.
   */
  places: { [K in RecordKind]: number[] } & { conflicts: number[] };
  invalid: InvalidRecord[];
}

/** JSON.parse that tells a cut-off file from one that never was JSON. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new BundleError('empty');
  try {
    return JSON.parse(text);
  } catch {
    const trimmed = text.trimEnd();
    const opened = /^\s*[[{]/.test(text);
    const closed = trimmed.endsWith('}') || trimmed.endsWith(']');
    throw new BundleError(opened && !closed ? 'truncatedJson' : 'notJson');
  }
}

/**
 * Checks everything but the records. `checksum` is asked for only once the
 * type and version are known good; a large bundle read in slices passes the
 * checksum it computed while streaming (stream/).
 */
export function checkEnvelope(
  json: unknown,
  checksum: () => string = () => bundleChecksum(json as object),
): BundleEnvelope {
  const raw = json as { type?: unknown; version?: unknown; sha256?: unknown };
  if (typeof json !== 'object' || json === null || raw.type !== BUNDLE_TYPE) {
    throw new BundleError('notBundle');
  }
  const version = raw.version;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1
  ) {
    throw new BundleError('unknownVersion', { version: String(version) });
  }
  if (version > BUNDLE_VERSION) {
    throw new BundleError('newerVersion', {
      version,
      supported: BUNDLE_VERSION,
    });
  }
  // The checksum covers the file as its exporter wrote it, before upgrades.
  if (typeof raw.sha256 !== 'string' || checksum() !== raw.sha256) {
    throw new BundleError(
      typeof raw.sha256 === 'string' ? 'checksumMismatch' : 'badEnvelope',
      {
        field: 'sha256',
      },
    );
  }
  let data: unknown = json;
  for (let v = version; v < BUNDLE_VERSION; v++) {
    const step = upgrades[v];
    if (!step) throw new BundleError('unknownVersion', { version: v });
    data = step(data);
  }
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown key (`__proto__`, a typo) is named, not its parent.
    const path = [
      ...(issue?.path ?? []),
      ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []),
    ];
    throw new BundleError('badEnvelope', { field: path.join('.') });
  }
  return parsed.data;
}

function readRecords<K extends RecordKind>(
  kind: K,
  rows: unknown[],
  invalid: InvalidRecord[],
) {
  const valid = validateRows(kind, rowsOf(rows), invalid);
  const twice = duplicateIds(valid.map((v) => v.record.id));
  return dropDuplicates(kind, valid, twice, invalid);
}

/** Refuses a file carrying more records than `maxRecords`, all lists together. */
export function checkRecordCount(
  sizes: readonly number[],
  { maxRecords }: { maxRecords: number },
) {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > maxRecords)
    throw new BundleError('tooManyRecords', { limit: maxRecords });
}

/** Reads a parsed bundle; throws BundleError when the file as a whole is unusable. */
export function readBundle(
  json: unknown,
  limits = { maxRecords: MAX_RECORDS },
): ReadBundle {
  if (typeof json === 'object' && json !== null) {
    const lists = [...RECORD_KINDS, 'conflicts'].map(
      (key) => (json as Record<string, unknown>)[key],
    );
    checkRecordCount(
      lists.map((list) => (Array.isArray(list) ? list.length : 0)),
      limits,
    );
  }
  const envelope = checkEnvelope(json);
  const invalid: InvalidRecord[] = [];
  const valid = RECORD_KINDS.map(
    (kind) => [kind, readRecords(kind, envelope[kind] ?? [], invalid)] as const,
  );
  const records = Object.fromEntries(
    valid.map(([kind, rows]) => [kind, rows.map((v) => v.record)]),
  ) as ReadBundle['records'];
  const ids = Object.fromEntries(
    valid.map(([kind, rows]) => [kind, new Set(rows.map((v) => v.record.id))]),
  ) as Record<RecordKind, Set<string>>;
  const conflicts = dropLoneLosers(
    readConflictRows(rowsOf(envelope.conflicts ?? []), invalid),
    ids,
    invalid,
  );
  const places = {
    ...Object.fromEntries(
      valid.map(([kind, rows]) => [kind, rows.map((v) => v.index)]),
    ),
    conflicts: conflicts.map((c) => c.index),
  } as ReadBundle['places'];
  const { exportedAt, source, scope, sha256, signature } = envelope;
  return {
    exportedAt,
    source,
    scope,
    sha256,
    ...(signature ? { signature } : {}),
    records,
    conflicts: conflicts.map((c) => c.record),
    places,
    invalid,
  };
}
