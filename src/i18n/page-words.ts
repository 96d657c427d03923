/**
 * The Thai words of the pages that are not on the first screen (the
 * dashboard, the report, the round page, set-up…), loaded with those pages
 * (app/lazy-page.tsx): th.json keeps only what the first screen shows, whose
 * download has a limit (docs/performance.md). Merged into the one
 * `translation` namespace, so every key reads as before.
 */
import i18n from 'i18next';

import pages from './pages/th.json';

function addPageWords() {
  // deep: the sections join th.json's; never overwrite a word already there.
  i18n.addResourceBundle('th', 'translation', pages, true, false);
}

// i18next has no store before init, and init replaces it.
if (i18n.isInitialized) addPageWords();
else i18n.on('initialized', addPageWords);
