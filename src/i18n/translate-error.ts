import type { TFunction } from 'i18next';

/**
 * Form schemas carry i18n keys as their messages (e.g. `errors.required`),
 * so a message is translated when shown, in the language of that moment.
 */
export function translateError(
  t: TFunction,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  return t(message as 'errors.required');
}
