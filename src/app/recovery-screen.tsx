import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { db } from '@/db/app-db';
import { Button } from '@/ui/button';
import { ConfirmDialog } from '@/ui/confirm-dialog';

/**
 * Shown instead of the app when the database cannot be opened: what went
 * wrong, what to try, and — only with a second confirmation — a fresh start.
 */
export function RecoveryScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const name = (error as { name?: string } | null)?.name ?? '';
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="crash" role="alert" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>
        {name === 'VersionError'
          ? t('recovery.newerVersion')
          : t('recovery.message')}
      </p>
      <details>
        <summary>{t('recovery.detail')}</summary>
        <pre className="crash-detail">{detail}</pre>
      </details>
      <div className="form-actions">
        <Button variant="primary" onClick={() => location.reload()}>
          {t('recovery.retry')}
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('recovery.reset')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('recovery.reset')}
        message={t('recovery.resetWarning')}
        confirmLabel={t('recovery.resetConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await db.delete({ disableAutoOpen: false }).catch(() => undefined);
          location.reload();
        }}
      />
    </main>
  );
}
