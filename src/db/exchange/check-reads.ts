import { checkReferences } from '@/bundle/references';

import type { NamedRead } from './plan-import';
import { loadKnownIds } from './stored-leaves';

/**
 * Files read whole, their references checked against the database and every
 * file of the batch: a measure whose office is nowhere is left out, so
 * nothing can refer to it (knownIdsWith does the same for files in slices).
 */
export async function checkReads(
  reads: readonly NamedRead[],
): Promise<NamedRead[]> {
  const known = await loadKnownIds();
  for (const { read } of reads)
    for (const office of read.records.offices) known.offices.add(office.id);
  for (const { read } of reads)
    for (const measure of read.records.measures)
      if (known.offices.has(measure.officeId)) known.measures.add(measure.id);
  return reads.map(({ file, read }) => ({
    file,
    read: checkReferences(read, known),
  }));
}
