/**
 * Opening a large bundle without holding it: the envelope is checked as
 * readBundle checks it (checkEnvelope, on the small members with the record
 * lists left empty), and the checksum is computed in one pass over the
 * records in canonical order, hashing each record's canonical JSON as it
 * goes. The same pass checks each record's schema, to learn what a reading
 * in slices needs of the whole file: ids carried by more than one valid
 * record (all left out), the file's own offices and measures (references),
 * and which records also have losing versions in `conflicts`.
 */
import { sha256 } from '@noble/hashes/sha2.js';

import { MAX_RECORDS } from '@/domain/limits';

import { canonicalJson } from '../canonical-json';
import type { BundleEnvelope } from '../envelope';
import { checksumJson } from '../hostile-values';
import { checkEnvelope, checkRecordCount } from '../read-bundle';
import { readConflictRows, validateRows, type Row } from '../read-records';
import type { InvalidRecord } from '../record-problems';
import { byKind, RECORD_KINDS, type RecordKind } from '../record-schemas';
import type { ByteSource } from './byte-source';
import {
  arrayBatches,
  decodeUtf8,
  parseMember,
  scanMembers,
  type Batch,
  type Member,
} from './json-layout';

export const RECORD_LISTS = [...RECORD_KINDS, 'conflicts'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

export interface OpenedBundle {
  source: ByteSource;
  envelope: BundleEnvelope;
  /** The record lists that are arrays in the file (the others are empty). */
  lists: Partial<Record<RecordList, Member>>;
  /** Elements in each list, valid or not. */
  sizes: Record<RecordList, number>;
  /** Ids of the valid records of each kind, and those carried twice. */
  ids: Record<RecordKind, Set<string>>;
  duplicates: Record<RecordKind, Set<string>>;
  /** The office of each valid measure of the file. */
  measureOffices: Map<string, string>;
  /** `${kind}:${id}` of every record with losing versions in `conflicts`. */
  withConflicts: Set<string>;
  /** The measure of each update with losing versions: theirs must be the same. */
  updateMeasures: Map<string, string>;
}

export type OnBytes = (done: number, total: number) => void;

export interface ReadLimits {
  /** Records in the file, every list together (domain/limits.ts). */
  maxRecords: number;
}

const encoder = new TextEncoder();
const isRecordList = (member: Member) =>
  member.isArray && (RECORD_LISTS as readonly string[]).includes(member.key);
const rowsOf = (batch: Batch): Row[] =>
  batch.values.map((value, i) => ({ index: batch.first + i, value }));

/** The envelope as JSON.parse would give it, record lists emptied. */
function envelopeJson(source: ByteSource, members: Map<string, Member>) {
  const parts = [...members.values()].map((m) => {
    const value = isRecordList(m)
      ? '[]'
      : decodeUtf8(source.read(m.start, m.end));
    return `${JSON.stringify(m.key)}:${value}`;
  });
  return JSON.parse(`{${parts.join(',')}}`) as unknown;
}

function emptyOpened(source: ByteSource, members: Map<string, Member>) {
  const lists: OpenedBundle['lists'] = {};
  for (const m of members.values())
    if (isRecordList(m)) lists[m.key as RecordList] = m;
  const sets = () => byKind(() => new Set<string>());
  return {
    source,
    lists,
    sizes: { ...byKind(() => 0), conflicts: 0 },
    ids: sets(),
    duplicates: sets(),
    measureOffices: new Map<string, string>(),
    withConflicts: new Set<string>(),
    updateMeasures: new Map<string, string>(),
  };
}

type Learnt = Omit<OpenedBundle, 'envelope'> & { limits: ReadLimits };

/** What the checksum pass learns from one batch of a record list. */
function learn(into: Learnt, list: RecordList, batch: Batch) {
  into.sizes[list] += batch.values.length;
  // Refused as soon as it is known, not once the whole file is read.
  checkRecordCount(Object.values(into.sizes), into.limits);
  const ignored: InvalidRecord[] = [];
  if (list === 'conflicts') {
    for (const { record } of readConflictRows(rowsOf(batch), ignored))
      into.withConflicts.add(`${record.kind}:${record.record.id}`);
    return;
  }
  for (const { record } of validateRows(list, rowsOf(batch), ignored)) {
    const ids = into.ids[list];
    if (ids.has(record.id)) into.duplicates[list].add(record.id);
    ids.add(record.id);
    // `conflicts` sorts before `updates`: its records are known by now.
    if (list === 'updates' && into.withConflicts.has(`updates:${record.id}`))
      into.updateMeasures.set(
        record.id,
        (record as { measureId: string }).measureId,
      );
    if (list === 'measures')
      into.measureOffices.set(
        record.id,
        (record as { officeId: string }).officeId,
      );
  }
}

/** SHA-256 of the canonical JSON of everything but `sha256` and `signature`, read once. */
function checksumPass(
  into: Learnt,
  members: Map<string, Member>,
  onBytes?: OnBytes,
): string {
  const hash = sha256.create();
  const put = (text: string) => hash.update(encoder.encode(text));
  const keys = [...members.keys()]
    .filter((k) => k !== 'sha256' && k !== 'signature')
    .sort();
  let done = 0;
  put('{');
  keys.forEach((key, i) => {
    const member = members.get(key) as Member;
    put(`${i === 0 ? '' : ','}${canonicalJson(key)}:`);
    if (!isRecordList(member)) {
      put(checksumJson(parseMember(into.source, member)));
      return;
    }
    put('[');
    let from = member.start;
    for (const batch of arrayBatches(into.source, member)) {
      const text = batch.values.map((v) => checksumJson(v)).join(',');
      put(batch.first === 0 ? text : `,${text}`);
      learn(into, key as RecordList, batch);
      done += batch.end - from;
      from = batch.end;
      onBytes?.(done, into.source.size);
    }
    put(']');
  });
  put('}');
  return Array.from(hash.digest(), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Opens a bundle file; throws BundleError as readBundle(parseJson(text)) would. */
export function openBundle(
  source: ByteSource,
  onBytes?: OnBytes,
  limits: ReadLimits = { maxRecords: MAX_RECORDS },
): OpenedBundle {
  const members = scanMembers(source);
  const learnt = { ...emptyOpened(source, members), limits };
  const envelope = checkEnvelope(envelopeJson(source, members), () =>
    checksumPass(learnt, members, onBytes),
  );
  for (const kind of RECORD_KINDS)
    for (const id of learnt.duplicates[kind]) {
      learnt.ids[kind].delete(id);
      learnt.measureOffices.delete(id);
    }
  const { limits: _limits, ...opened } = learnt;
  return { ...opened, envelope };
}
