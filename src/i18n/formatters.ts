/**
 * Formatters that messages use for dates and years (`{{year, eraYear}}`), so a
 * message written once shows them in the screen's era and with the digits the
 * person chose: Thai messages in the Buddhist era, English ones in the common
 * era, both through Intl. Values stay ISO dates and Gregorian years until shown.
 */
import type { i18n as I18n } from 'i18next';

import { toThaiDigits } from '@/domain/digits';
import {
  formatDate,
  formatMonth,
  formatYear,
  type DateStyle,
} from '@/domain/thai-date';

import { getPreferences, type Language } from './preferences';

const DATE_STYLES: readonly string[] = [
  'full',
  'long',
  'medium',
  'short',
  'numeric',
];

function languageOf(lng: string | undefined): Language {
  return lng === 'en' ? 'en' : 'th';
}

export function addFormatters(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) return;
  const digits = () => getPreferences().digits;
  // A Gregorian year, e.g. 2026 → 2569 in Thai.
  formatter.add('eraYear', (value: unknown, lng) =>
    formatYear(Number(value), languageOf(lng), digits()),
  );
  // A number written as is, e.g. a fiscal year, in the chosen digits.
  formatter.add('digits', (value: unknown) =>
    digits() === 'thai' ? toThaiDigits(String(value)) : String(value),
  );
  // An ISO date: `{{day, isoDate(style: numeric)}}` → 1/12/2569.
  formatter.add('isoDate', (value: unknown, lng, options) => {
    const style = String(options?.style ?? 'medium');
    return formatDate(
      String(value),
      languageOf(lng),
      digits(),
      (DATE_STYLES.includes(style) ? style : 'medium') as DateStyle,
    );
  });
  // A year and month: `{{month, isoMonth(style: long)}}` → ธันวาคม 2569.
  formatter.add('isoMonth', (value: unknown, lng, options) =>
    formatMonth(
      String(value),
      languageOf(lng),
      digits(),
      options?.style === 'long' ? 'long' : 'short',
    ),
  );
}
