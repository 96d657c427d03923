import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { saveErrorKey, type SaveErrorKey } from './error-message';

/**
 * Runs a save and, when it fails, shows why in plain words. The form keeps
 * what was typed: a failed save never clears it.
 */
export function useSaveError(): {
  saveError: ReactNode;
  runSave: (save: () => Promise<void>) => Promise<void>;
} {
  const { t } = useTranslation();
  const [key, setKey] = useState<SaveErrorKey | null>(null);
  const runSave = async (save: () => Promise<void>) => {
    setKey(null);
    try {
      await save();
    } catch (error) {
      console.error(error);
      setKey(saveErrorKey(error));
    }
  };
  const saveError = key ? (
    <p className="save-error" role="alert">
      {t(key)}
    </p>
  ) : null;
  return { saveError, runSave };
}
