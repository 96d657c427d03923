import type { TFunction } from 'i18next';

import { deleteUpdate, restoreUpdate, type UpdateRef } from '@/db/updates';
import { showUndoToast } from '@/ui/undo-toast';

/**
 * Deletes an update and offers to undo it for a few seconds. The card that
 * held focus goes with the update, so the toast takes focus: Enter undoes.
 */
export async function deleteWithUndo(
  t: TFunction,
  update: UpdateRef,
  date: string,
): Promise<void> {
  const tombstone = await deleteUpdate(update);
  if (!tombstone) return;
  showUndoToast(t, {
    message: t('updates.deleted', { date }),
    takeFocus: true,
    undo: () => restoreUpdate(tombstone),
    undone: t('updates.restored'),
    notUndone: t('updates.restoreFailed'),
  });
}
