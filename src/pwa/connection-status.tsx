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

/** Online or offline, quietly in the header; the app works the same either way. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  return (
    <span
      className={
        online
          ? 'connection connection-online'
          : 'connection connection-offline'
      }
      role="status"
      aria-label={t('connection.label')}
    >
      {online ? t('connection.online') : t('connection.offline')}
    </span>
  );
}
