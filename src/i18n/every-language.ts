/**
 * Importing this module makes every language's words available, not only
 * the first screen's Thai (setup.ts): for the language a person chooses,
 * and for a page that words things in every language whatever is shown
 * (paste import reads back a report exported in either).
 */
import i18n from 'i18next';

import en from './en.json';

function addEnglish() {
  if (!i18n.hasResourceBundle('en', 'translation'))
    i18n.addResourceBundle('en', 'translation', en);
}

// i18next has no store before init, and init replaces it.
if (i18n.isInitialized) addEnglish();
else i18n.on('initialized', addEnglish);
