/**
 * Reading a bundle: the envelope is checked strictly (a bad envelope rejects
 * the file with its reason), then each record on its own (a bad record is
 * left out with its place and reason, and the good ones still count).
 * Older versions are upgraded by named steps; a newer one asks for an update.
 */
import { BundleError } from './bundle-error';
import { bundleChecksum } from './checksum';
import {
  BUNDLE_TYPE,
  BUNDLE_VERSION,
  conflictEntrySchema,
  envelopeSchema,
  type BundleEnvelope,
} from './envelope';
import { describeInvalid, type InvalidRecord } from './record-problems';
import {
  RECORD_KINDS,
  recordSchemas,
  type RecordKind,
  type RecordOf,
} from './record-schemas';
import { upgrades } from './upgrades';

export type ConflictRecord = {
  [K in RecordKind]: { kind: K; record: RecordOf[K] };
}[RecordKind];

export interface ReadBundle {
  exportedAt: string;
  source: BundleEnvelope['source'];
  scope: BundleEnvelope['scope'];
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

function checkEnvelope(json: unknown): BundleEnvelope {
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
  if (typeof raw.sha256 !== 'string' || bundleChecksum(json) !== raw.sha256) {
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

/** Every occurrence of an id seen more than once is ambiguous: all are left out. */
function duplicateIndexes(ids: readonly string[]): Set<number> {
  const count = new Map<string, number>();
  for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
  return new Set(ids.flatMap((id, i) => ((count.get(id) ?? 0) > 1 ? [i] : [])));
}

function readRecords<K extends RecordKind>(
  kind: K,
  rows: unknown[],
  invalid: InvalidRecord[],
) {
  const valid: { index: number; record: RecordOf[K] }[] = [];
  rows.forEach((row, index) => {
    const result = recordSchemas[kind].safeParse(row);
    if (result.success)
      valid.push({ index, record: result.data as RecordOf[K] });
    else invalid.push(describeInvalid(kind, index, row, result.error));
  });
  const duplicates = duplicateIndexes(valid.map((v) => v.record.id));
  return valid.filter(({ index, record }, i) => {
    if (!duplicates.has(i)) return true;
    invalid.push({
      kind,
      index,
      id: record.id,
      field: 'id',
      problem: 'duplicateId',
    });
    return false;
  });
}

function readConflicts(
  rows: unknown[],
  invalid: InvalidRecord[],
): { index: number; entry: ConflictRecord }[] {
  const seen = new Set<string>();
  const conflicts: { index: number; entry: ConflictRecord }[] = [];
  rows.forEach((row, index) => {
    const entry = conflictEntrySchema.safeParse(row);
    if (!entry.success) {
      invalid.push({
        ...describeInvalid('measures', index, row, entry.error),
        inConflicts: true,
      });
      return;
    }
    const { kind } = entry.data;
    const result = recordSchemas[kind].safeParse(entry.data.record);
    if (!result.success) {
      const problem = describeInvalid(
        kind,
        index,
        entry.data.record,
        result.error,
      );
      invalid.push({ ...problem, inConflicts: true });
      return;
    }
    const key = `${kind}:${result.data.id}:${result.data.rev}`;
    if (seen.has(key)) return; // the same losing version twice is harmless
    seen.add(key);
    conflicts.push({
      index,
      entry: { kind, record: result.data } as ConflictRecord,
    });
  });
  return conflicts;
}

/** Reads a parsed bundle; throws BundleError when the file as a whole is unusable. */
export function readBundle(json: unknown): ReadBundle {
  const envelope = checkEnvelope(json);
  const invalid: InvalidRecord[] = [];
  const valid = RECORD_KINDS.map(
    (kind) => [kind, readRecords(kind, envelope[kind], invalid)] as const,
  );
  const records = Object.fromEntries(
    valid.map(([kind, rows]) => [kind, rows.map((v) => v.record)]),
  ) as ReadBundle['records'];
  const conflicts = readConflicts(envelope.conflicts ?? [], invalid);
  const places = {
    ...Object.fromEntries(
      valid.map(([kind, rows]) => [kind, rows.map((v) => v.index)]),
    ),
    conflicts: conflicts.map((c) => c.index),
  } as ReadBundle['places'];
  const { exportedAt, source, scope } = envelope;
  return {
    exportedAt,
    source,
    scope,
    records,
    conflicts: conflicts.map((c) => c.entry),
    places,
    invalid,
  };
}
