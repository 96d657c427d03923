import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './en.json';
import { addFormatters } from './formatters';
import { getPreferences } from './preferences';
import th from './th.json';

export const resources = {
  th: { translation: th },
  en: { translation: en },
} as const;

/** Starts i18next synchronously with the bundled resources: no flash of keys. */
export function setupI18n() {
  void i18n.use(initReactI18next).init({
    resources,
    lng: getPreferences().language,
    fallbackLng: 'th',
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  addFormatters(i18n);
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18n;
}
