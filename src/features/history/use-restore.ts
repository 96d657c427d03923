import { useTranslation } from 'react-i18next';

import type { RecordKind } from '@/bundle/record-schemas';
import type { RecordAt } from '@/db/records';
import { restoreVersion } from '@/db/restore';
import { useFormat } from '@/i18n/use-format';
import { saveErrorKey } from '@/ui/error-message';
import { showToast } from '@/ui/toast-store';

interface RestoreRequest {
  kind: RecordKind;
  at: RecordAt;
  rev: string;
  /** When the version was stored: "use the version of …". */
  versionAt: string;
  /** The record's name, for "… is restored". */
  name: string;
  /** The record is deleted now: this restore brings it back. */
  deleted: boolean;
}

/**
 * Restores a version (db/restore.ts) and says how it went in the toast,
 * why when nothing was written; then `onDone` (focus goes somewhere that
 * stays, since the button pressed may be gone with what it restored).
 */
export function useRestore(onDone: () => void) {
  const { t } = useTranslation();
  const format = useFormat();
  return async ({
    kind,
    at,
    rev,
    versionAt,
    name,
    deleted,
  }: RestoreRequest) => {
    try {
      const outcome = await restoreVersion(kind, at, rev);
      if (typeof outcome === 'string')
        showToast({ message: t(`history.refused.${outcome}`) });
      else if (!deleted)
        showToast({
          message: t('history.usedVersion', {
            time: format.timestamp(versionAt),
          }),
        });
      else if (outcome.updates.length > 0)
        showToast({
          message: t('history.restoredWith', {
            name,
            count: outcome.updates.length,
          }),
        });
      else showToast({ message: t('history.restored', { name }) });
    } catch (error) {
      console.error(error);
      showToast({ message: t(saveErrorKey(error)) });
    }
    onDone();
  };
}
