import { useTranslation } from 'react-i18next';

import {
  setPreferences,
  usePreferences,
  type Language,
} from '@/i18n/preferences';
import { changeLanguage } from '@/i18n/setup';

/** Language and digits for this device. */
export function PreferencesPanel() {
  const { t } = useTranslation();
  const { language, digits } = usePreferences();
  const chooseLanguage = (next: Language) => {
    setPreferences({ language: next });
    void changeLanguage(next);
  };
  return (
    <section className="card" aria-labelledby="preferences-title">
      <h2 id="preferences-title">{t('settings.preferences')}</h2>
      <fieldset className="form-section">
        <legend>{t('settings.language')}</legend>
        <div className="choice-row">
          <label className="choice">
            <input
              type="radio"
              name="language"
              checked={language === 'th'}
              onChange={() => chooseLanguage('th')}
            />
            {t('settings.thai')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="language"
              checked={language === 'en'}
              onChange={() => chooseLanguage('en')}
            />
            {t('settings.english')}
          </label>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('settings.digits')}</legend>
        <div className="choice-row">
          <label className="choice">
            <input
              type="radio"
              name="digits"
              checked={digits === 'arabic'}
              onChange={() => setPreferences({ digits: 'arabic' })}
            />
            {t('settings.arabicDigits')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="digits"
              checked={digits === 'thai'}
              onChange={() => setPreferences({ digits: 'thai' })}
            />
            {t('settings.thaiDigits')}
          </label>
        </div>
      </fieldset>
    </section>
  );
}
