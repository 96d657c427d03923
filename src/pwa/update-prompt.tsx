/**
 * Service-worker registration (once, through workbox-window) and the prompt
 * for a new version. A new version waits until the person says so — never a
 * silent skipWaiting — and unsaved typing is flushed to drafts first, so a
 * half-filled form comes back after the reload.
 */
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

import { flushDrafts } from '@/db/drafts';
import { Button } from '@/ui/button';

const CHECK_EVERY_MS = 60 * 60 * 1000;

function watchForUpdates(registration: ServiceWorkerRegistration) {
  const check = () => {
    // Offline, the check fails harmlessly; it runs again later.
    if (navigator.onLine) void registration.update().catch(() => undefined);
  };
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) watchForUpdates(registration);
    },
  });
  if (!needRefresh) return null;

  const reload = async () => {
    await flushDrafts();
    // Activates the waiting worker; the page reloads once it takes control.
    await updateServiceWorker(true);
  };
  return (
    <div className="update-prompt" role="alert">
      <p>{t('pwa.updateAvailable')}</p>
      <Button variant="primary" onClick={() => void reload()}>
        {t('pwa.reload')}
      </Button>
      <Button variant="ghost" onClick={() => setNeedRefresh(false)}>
        {t('pwa.later')}
      </Button>
    </div>
  );
}
