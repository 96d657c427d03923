/**
 * The ITAS answer sheet's words (issue 16), in a namespace of their own
 * that loads with its pages, not with the first screen: th.json is the
 * first screen's, and its size is at the limit (docs/performance.md).
 * Both languages at once: together they are a few kilobytes.
 */
import i18n from 'i18next';

import en from './en.json';
import th from './th.json';

export const ITAS_NS = 'itas';

function addItas() {
  if (!i18n.hasResourceBundle('th', ITAS_NS))
    i18n.addResourceBundle('th', ITAS_NS, th);
  if (!i18n.hasResourceBundle('en', ITAS_NS))
    i18n.addResourceBundle('en', ITAS_NS, en);
}

// i18next has no store before init, and init replaces it.
if (i18n.isInitialized) addItas();
else i18n.on('initialized', addItas);
