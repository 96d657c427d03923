import 'i18next';

import type itas from './itas/th.json';
import type pages from './pages/th.json';
import type th from './th.json';

// Typed keys: t('nonexistent.key') fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    // The first screen's words and the other pages' (page-words.ts): one namespace.
    resources: { translation: typeof th & typeof pages; itas: typeof itas };
  }
}
