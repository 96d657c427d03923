import { useTranslation } from 'react-i18next';

import { loadExample } from '@/db/load-example';
import { Button } from '@/ui/button';
import { useSaveError } from '@/ui/use-save-error';

/** Fills an empty database with a real office's year, to see the app at work. */
export function LoadExampleButton({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const { saveError, runSave } = useSaveError();
  return (
    <div className="load-example">
      <p>{t('example.intro')}</p>
      <Button
        onClick={() =>
          runSave(async () => {
            await loadExample();
            onLoaded();
          })
        }
      >
        {t('example.load')}
      </Button>
      {saveError}
    </div>
  );
}
