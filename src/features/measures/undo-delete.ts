import type { TFunction } from 'i18next';

import { deleteMeasure, restoreMeasure } from '@/db/measures';
import { saveErrorKey } from '@/ui/error-message';
import { showToast } from '@/ui/toast-store';

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
  showToast({
    message: t('measure.deleted', { title }),
    action: {
      label: t('toast.undo'),
      run: async () => {
        try {
          const restored = await restoreMeasure(deletion);
          const key = restored ? 'measure.restored' : 'measure.restoreFailed';
          showToast({ message: t(key, { title }) });
        } catch (error) {
          console.error(error);
          showToast({ message: t(saveErrorKey(error)) });
        }
      },
    },
  });
}
