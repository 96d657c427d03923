import { useTranslation } from 'react-i18next';

/** The running version, so a person (and support) can tell which app this is. */
export function AboutPanel() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <p data-testid="app-version">
        {t('about.version', { version: __APP_VERSION__ })}
      </p>
    </section>
  );
}
