import type { TFunction } from 'i18next';

// A message and its values travel as one string (`key|{"year":2026}`): that
// is all a form library keeps of a schema's issue.
const VALUES = '|';

/** messageWith('errors.yearFar', { year: 2026 }) === 'errors.yearFar|{"year":2026}' */
export function messageWith(
  key: string,
  values: Record<string, string | number>,
): string {
  return `${key}${VALUES}${JSON.stringify(values)}`;
}

/**
 * Form schemas carry i18n keys as their messages (e.g. `errors.required`),
 * so a message is translated when shown, in the language of that moment.
 */
export function translateError(
  t: TFunction,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  const cut = message.indexOf(VALUES);
  if (cut < 0) return t(message as 'errors.required');
  const values = JSON.parse(message.slice(cut + 1)) as Record<string, unknown>;
  return t(message.slice(0, cut) as 'errors.required', values);
}
