import 'i18next';

import type itas from './itas/th.json';
import type th from './th.json';

// Typed keys: t('nonexistent.key') fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof th; itas: typeof itas };
  }
}
