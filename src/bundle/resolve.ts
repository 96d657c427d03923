import canonicalize from 'canonicalize';

import {
  contentOf,
  deleteRecord,
  reviseRecord,
  type Content,
} from '@/domain/revision';
import type { IsoTimestamp, Revisioned } from '@/domain/types';

import { openLosers, type Leaves } from './merge';
import type { RecordKind } from './record-schemas';

/**
 * Kinds a person resolves by choosing one version whole, never a mix of
 * fields: an approval signs the report's cells with their checksum, so the
 * cells of one version with the checksum of another would be a signature
 * of a text nobody signed.
 */
export const RESOLVED_WHOLE: ReadonlySet<RecordKind> = new Set(['approvals']);

export class MixedVersionError extends Error {
  constructor(readonly kind: RecordKind) {
    super(`A ${kind} conflict is resolved with one version whole`);
    this.name = 'MixedVersionError';
  }
}

/** The content is that of one of the live leaves, field for field. */
export function isOneVersion<T extends Revisioned>(
  leaves: Leaves<T>,
  content: Content<T>,
): boolean {
  const key = canonicalize(content);
  return [leaves.winner, ...openLosers(leaves)].some(
    (leaf) => canonicalize(contentOf(leaf)) === key,
  );
}

/**
 * Resolves a conflict with the content a person chose (one version, or a mix
 * of fields), as CouchDB resolves one: the content becomes a child of the
 * winning leaf, and every other live leaf gets a tombstone child. Answers
 * the versions to write, the resolution first. Each has one parent, so its
 * `revs` stays one chain; once exported, the tombstones close the conflict
 * wherever they arrive, and an old side arriving later is an ancestor.
 */
export function resolveConflict<T extends Revisioned>(
  leaves: Leaves<T>,
  content: Content<T>,
  now: IsoTimestamp,
): [T, ...T[]] {
  return [
    reviseRecord(leaves.winner, content as Partial<Content<T>>, now),
    ...openLosers(leaves).map((loser) => deleteRecord(loser, now)),
  ];
}
