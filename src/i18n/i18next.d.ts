import 'i18next';

import type th from './th.json';

// Typed keys: t('nonexistent.key') fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof th };
  }
}
