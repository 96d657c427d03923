import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { addFormatters } from './formatters';
import { getPreferences, type Language } from './preferences';
import th from './th.json';

/**
 * Thai, the app's language and the fallback, comes with the first screen;
 * English loads when it is chosen (every-language.ts), so a Thai office
 * does not download words it never reads (docs/performance.md).
 */
export const resources = { th: { translation: th } } as const;

/**
 * Starts i18next synchronously with Thai; answers once the chosen language
 * is loaded too, so the first render shows it: no flash of another language.
 */
export function setupI18n(): Promise<void> {
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
  return loadLanguage(i18n.language);
}

/** Loads a language's words; Thai is always there. */
async function loadLanguage(language: string): Promise<void> {
  if (language !== 'th') await import('./every-language');
}

/** Shows the app in `language`, once its words are loaded. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}
