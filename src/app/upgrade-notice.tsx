import { useTranslation } from 'react-i18next';

import { useUpgradedElsewhere } from '@/db/upgrade-watch';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';

/** Asks to reload when a newer app in another tab upgraded the database. */
export function UpgradeNotice() {
  const { t } = useTranslation();
  const upgraded = useUpgradedElsewhere();
  return (
    <Dialog
      open={upgraded}
      title={t('dbUpgrade.title')}
      onClose={() => undefined}
    >
      <p>{t('dbUpgrade.message')}</p>
      <div className="dialog-actions">
        <Button variant="primary" onClick={() => location.reload()}>
          {t('dbUpgrade.reload')}
        </Button>
      </div>
    </Dialog>
  );
}
