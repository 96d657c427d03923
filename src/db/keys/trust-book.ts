/**
 * Who may change what (issue 17): an office's records are written from a
 * file only when it is signed by a key this device trusts for that office.
 * The first signed file seen for an office is trusted on first use; a later
 * one signed by another key is held until a person trusts its key or lets
 * it be; an unsigned file is held until a person says they know where it
 * came from. A file of several offices (a consolidator's) is judged office
 * by office. Pure: the stored keys and the person's choices are passed in,
 * so the preview and the write judge alike, in the same order of files.
 */
import type { ReadBundle } from '@/bundle/read-bundle';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';
import type { Signer } from '@/bundle/signature';

import type { TrustedKeyRow } from './key-rows';

/** What a person chose in the preview. */
export interface TrustChoices {
  /** New keys to trust, each for one office. */
  keys: { officeId: string; fingerprint: string }[];
  /** Unsigned files (by name) whose sender the person knows. */
  unsignedFiles: string[];
}

export const noChoices = (): TrustChoices => ({ keys: [], unsignedFiles: [] });

/** A file as the trust judges it. */
export interface TrustFile {
  name: string;
  signer?: Signer;
  device: string;
  exportedAt: string;
}

export type HeldReason = 'unknownKey' | 'unsigned';

/** Records of one office in one file that are not written unless a person says so. */
export interface HeldGroup {
  file: string;
  /** '' for what belongs to no office (round deadlines). */
  officeId: string;
  /** The office's name as the file gives it, when it carries the office. */
  officeName?: string;
  reason: HeldReason;
  /** The signer's key (unknownKey): trusting it lets the records in. */
  fingerprint?: string;
  device: string;
  records: number;
}

/** A key trusted now, on first use or by choice: kept with the import. */
export type NewTrust = TrustedKeyRow;

const officeOfRecord = (kind: RecordKind, record: object): string =>
  kind === 'deadlines'
    ? ''
    : kind === 'offices'
      ? (record as RecordOf['offices']).id
      : (record as { officeId: string }).officeId;

export class TrustBook {
  /** Fingerprints trusted per office, with those trusted by this import. */
  private readonly trusted = new Map<string, Set<string>>();
  private readonly added = new Map<string, NewTrust>();
  private readonly held = new Map<string, HeldGroup>();
  /** Offices that have had a key (a revoked one too): never trusted on first use again. */
  private readonly seen = new Set<string>();

  constructor(
    stored: readonly Pick<
      TrustedKeyRow,
      'officeId' | 'fingerprint' | 'revokedAt'
    >[],
    /** This device's own key: what it signed, it may always bring back. */
    private readonly own: string | undefined,
    private readonly choices: TrustChoices,
    private readonly at: string,
  ) {
    for (const { officeId, fingerprint, revokedAt } of stored) {
      this.seen.add(officeId);
      if (!revokedAt) this.keysOf(officeId).add(fingerprint);
    }
  }

  private keysOf(officeId: string): Set<string> {
    let keys = this.trusted.get(officeId);
    if (!keys) this.trusted.set(officeId, (keys = new Set()));
    return keys;
  }

  private trust(file: TrustFile, officeId: string, origin: NewTrust['origin']) {
    const signer = file.signer as Signer;
    this.keysOf(officeId).add(signer.fingerprint);
    this.seen.add(officeId);
    this.added.set(`${officeId} ${signer.fingerprint}`, {
      officeId,
      fingerprint: signer.fingerprint,
      publicKey: signer.publicKey,
      origin,
      at: this.at,
      file: file.name,
      device: file.device,
    });
  }

  /** Whether `file` may change `officeId`'s records ('' = no office's). */
  allows(file: TrustFile, officeId: string): true | HeldReason {
    const { signer } = file;
    if (!signer)
      return this.choices.unsignedFiles.includes(file.name) ? true : 'unsigned';
    // Round deadlines belong to no office: any signed file may bring them.
    if (officeId === '' || signer.fingerprint === this.own) return true;
    const keys = this.keysOf(officeId);
    if (keys.has(signer.fingerprint)) return true;
    if (!this.seen.has(officeId)) {
      this.trust(file, officeId, 'first-use');
      return true;
    }
    const chosen = this.choices.keys.some(
      (k) => k.officeId === officeId && k.fingerprint === signer.fingerprint,
    );
    if (!chosen) return 'unknownKey';
    this.trust(file, officeId, 'accepted');
    return true;
  }

  private hold(
    file: TrustFile,
    officeId: string,
    reason: HeldReason,
    name?: string,
  ) {
    const key = `${file.name} ${officeId}`;
    const group = this.held.get(key) ?? {
      file: file.name,
      officeId,
      reason,
      device: file.device,
      ...(file.signer ? { fingerprint: file.signer.fingerprint } : {}),
      records: 0,
    };
    group.records++;
    if (name) group.officeName = name;
    this.held.set(key, group);
  }

  /**
   * The part of a slice `file` may write; the rest is counted as held.
   * `judgeOnly` (the preview) counts what would be held but keeps it all,
   * so the preview counts what the files bring were every choice made.
   */
  filter(file: TrustFile, read: ReadBundle, judgeOnly = false): ReadBundle {
    const records = { ...read.records };
    const places = { ...read.places };
    const keep = (kind: RecordKind, record: object): boolean => {
      const officeId = officeOfRecord(kind, record);
      const verdict = this.allows(file, officeId);
      if (verdict === true) return true;
      const name =
        kind === 'offices' ? (record as RecordOf['offices']).name : undefined;
      this.hold(file, officeId, verdict, name);
      return judgeOnly;
    };
    for (const kind of RECORD_KINDS) {
      const list = read.records[kind] as object[];
      const kept = list.map((record) => keep(kind, record));
      (records[kind] as object[]) = list.filter((_, i) => kept[i]);
      places[kind] = read.places[kind].filter((_, i) => kept[i]);
    }
    const keptConflicts = read.conflicts.map((c) => keep(c.kind, c.record));
    return {
      ...read,
      records,
      conflicts: read.conflicts.filter((_, i) => keptConflicts[i]),
      places: {
        ...places,
        conflicts: read.places.conflicts.filter((_, i) => keptConflicts[i]),
      },
    };
  }

  /** What was held, by file and office, in the order met. */
  heldGroups(): HeldGroup[] {
    return [...this.held.values()];
  }

  /** Keys trusted by this import (first use, or chosen), to keep. */
  newTrust(): NewTrust[] {
    return [...this.added.values()];
  }
}
