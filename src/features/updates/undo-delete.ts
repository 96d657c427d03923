import type { TFunction } from 'i18next';

import { deleteUpdate, restoreUpdate, type UpdateRef } from '@/db/updates';
import { saveErrorKey } from '@/ui/error-message';
import { showToast } from '@/ui/toast-store';

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
  showToast({
    message: t('updates.deleted', { date }),
    takeFocus: true,
    action: {
      label: t('toast.undo'),
      run: async () => {
        try {
          const restored = await restoreUpdate(tombstone);
          showToast({
            message: t(restored ? 'updates.restored' : 'updates.restoreFailed'),
          });
        } catch (error) {
          console.error(error);
          showToast({ message: t(saveErrorKey(error)) });
        }
      },
    },
  });
}
