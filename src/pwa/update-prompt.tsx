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

let reloading = false;
/** Reloads once, however many signals report that the new worker took over. */
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  location.reload();
}

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
    onNeedReload: reloadOnce,
  });
  if (!needRefresh) return null;

  const reload = async () => {
    await flushDrafts();
    // workbox-window reloads only a page that a worker already controlled
    // when it registered; a first visit is controlled later (clientsClaim)
    // and would keep running the old code under the new worker. So the page
    // reloads on the takeover itself.
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, {
      once: true,
    });
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
