import type { TFunction } from 'i18next';

import { deleteMeasure, restoreMeasure } from '@/db/measures';
import { showUndoToast } from '@/ui/undo-toast';

/**
 * Deletes a measure with its updates and offers to undo it for a few
 * seconds: undo brings back the measure and the updates this delete took,
 * at the measure's old place in the list.
 */
export async function deleteWithUndo(
  t: TFunction,
  measureId: string,
  title: string,
): Promise<void> {
  const deletion = await deleteMeasure(measureId);
  if (!deletion) return;
  showUndoToast(t, {
    message: t('measure.deleted', { title }),
    undo: () => restoreMeasure(deletion),
    undone: t('measure.restored', { title }),
    notUndone: t('measure.restoreFailed', { title }),
  });
}
