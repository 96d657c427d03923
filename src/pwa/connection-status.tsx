import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Online or offline, quietly in the header; the app works the same either
 * way. Offline shows one word, the size of "online", so the header never
 * wraps onto a second row (issue 11); the reassurance that follows is read
 * out with it and shown on hover.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) {
    return (
      <span
        className="connection connection-online"
        role="status"
        aria-label={t('connection.label')}
      >
        {t('connection.online')}
      </span>
    );
  }
  return (
    <span
      className="connection connection-offline"
      role="status"
      aria-label={t('connection.label')}
      title={t('connection.offlineDetail')}
    >
      {t('connection.offline')}{' '}
      <span className="sr-only">{t('connection.offlineDetail')}</span>
    </span>
  );
}
