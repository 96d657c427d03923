import type { TFunction } from 'i18next';

import { saveErrorKey } from './error-message';
import { showToast } from './toast-store';

interface UndoToast {
  /** What was done: "ลบมาตรการ … แล้ว". */
  message: string;
  /** Undoes it; false when it can no longer be undone (changed since). */
  undo: () => Promise<boolean>;
  /** Said once it is undone. */
  undone: string;
  /** Said when it could not be undone. */
  notUndone: string;
  /** The control that was used went away with what it deleted. */
  takeFocus?: boolean;
}

/**
 * Says what a delete did and offers to undo it for a few seconds; says
 * again how the undo went, and why when it could not be saved.
 */
export function showUndoToast(
  t: TFunction,
  { message, undo, undone, notUndone, takeFocus }: UndoToast,
): void {
  showToast({
    message,
    takeFocus,
    action: {
      label: t('toast.undo'),
      run: async () => {
        try {
          showToast({ message: (await undo()) ? undone : notUndone });
        } catch (error) {
          console.error(error);
          showToast({ message: t(saveErrorKey(error)) });
        }
      },
    },
  });
}
