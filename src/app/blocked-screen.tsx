import { useTranslation } from 'react-i18next';

/**
 * Shown while the database cannot open because another tab of the app (an
 * older version) holds it; it opens by itself once that tab closes or reloads.
 */
export function BlockedScreen() {
  const { t } = useTranslation();
  return (
    <main className="crash" role="alert" aria-labelledby="blocked-title">
      <h1 id="blocked-title">{t('recovery.blockedTitle')}</h1>
      <p>{t('recovery.blocked')}</p>
    </main>
  );
}
