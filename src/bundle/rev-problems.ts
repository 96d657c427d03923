/**
 * What CouchDB would refuse of a record's revs, beyond their shape (the
 * schema's pattern): a generation past a safe integer (read as a number,
 * it would compare wrongly), an ancestor no older than the rev (a
 * generation-1 rev has no ancestors; an ancestor is always of a lower
 * generation), and the rev among its own ancestors (a cycle). Checked for
 * every record and losing version, whatever the file's version.
 */
import { LOOSE_REV_PATTERN } from '@/domain/revision';

import type { RecordProblem } from './record-problems';

export interface RevProblem {
  field: string;
  problem: RecordProblem;
}

/** The generation of a rev of the loose shape, as an exact integer. */
const generationOf = (rev: string) => BigInt(rev.slice(0, rev.indexOf('-')));
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** True for a rev of the right shape whose generation is past a safe integer. */
export const isUnsafeRev = (rev: unknown): boolean =>
  typeof rev === 'string' &&
  LOOSE_REV_PATTERN.test(rev) &&
  generationOf(rev) > SAFE;

/** The first problem of a record's revs, or null; the record passed its schema. */
export function revProblem(record: {
  rev: string;
  revs: readonly string[];
}): RevProblem | null {
  if (isUnsafeRev(record.rev))
    return { field: 'rev', problem: 'unsafeGeneration' };
  const own = generationOf(record.rev);
  for (const [i, rev] of record.revs.entries()) {
    const field = `revs.${i}`;
    if (isUnsafeRev(rev)) return { field, problem: 'unsafeGeneration' };
    if (rev === record.rev) return { field, problem: 'ownRevInRevs' };
    if (generationOf(rev) >= own) return { field, problem: 'ancestorNotOlder' };
  }
  return null;
}
