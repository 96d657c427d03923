// A file carrying a resolution: the resolved version comes with the
// records, the tombstone closing the other side in `conflicts`, read last
// and, in slices, maybe much later. The preview and the import's log must
// count both as updates of what is stored, however the file is sliced.
import { beforeEach, describe, expect, it } from 'vitest';

import { toLeaves } from '@/bundle/merge';
import { contentOf, reviseRecord } from '@/domain/revision';
import {
  exportedText,
  streamedFiles,
  wholeFiles,
} from '@/testing/bundle-files';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { listConflicts, resolveConflictWith } from '../conflicts';
import { createMeasure, updateMeasure } from '../measures';
import { createOffice } from '../offices';
import { writeChange } from '../write/write-change';
import { applyImport, previewImport } from './import-bundles';

/** A device with a measure in conflict, and the file it sends once resolved. */
async function conflictAndResolution() {
  const office = await createOffice(makeOfficeFields());
  const base = await createMeasure(office.id, 2568, makeMeasureInput());
  const apart = reviseRecord(base, { title: 'ที่อื่น' }, base.updatedAt);
  const here = await updateMeasure(base.id, makeMeasureInput({ title: 'ที่นี่' }));
  await writeChange({ cause: 'import' }, (change) =>
    change.write({ measures: [apart] }),
  );
  const inConflict = await exportedText();
  const { winner } = toLeaves([here, apart]);
  await resolveConflictWith(
    'measures',
    base.id,
    contentOf(winner === here ? apart : here),
  );
  const resolved = await exportedText();
  return { officeId: office.id, inConflict, resolved };
}

describe('the counts of a file carrying a resolution', () => {
  beforeEach(resetDb);

  for (const [reading, files] of [
    ['read whole', (text: string) => wholeFiles([text])],
    // Small slices: the tombstone in `conflicts` comes slices after.
    ['read in slices', (text: string) => streamedFiles([text], 16)],
  ] as const) {
    it(`say two updates and no conflict, ${reading}`, async () => {
      const { officeId, inConflict, resolved } = await conflictAndResolution();
      await resetDb();
      await applyImport(wholeFiles([inConflict]));
      expect(await listConflicts()).toHaveLength(1);

      const options = { sliceBytes: 200 };
      const preview = await previewImport(files(resolved), options);
      expect(preview.byOffice.get(officeId)).toMatchObject({
        updated: 2,
        conflict: 0,
      });
      const log = await applyImport(files(resolved), options);
      expect(log.counts).toMatchObject({ updated: 2, conflict: 0 });
      expect(await listConflicts()).toEqual([]);
    });
  }
});
