import { formatDate, type DigitStyle, type Language } from '../thai-date';
import type { IsoDate } from '../types';

/**
 * A date as an official Thai document writes it, the era named:
 * officialDate('2024-10-01', 'th', 'thai') === '๑ ตุลาคม พ.ศ. ๒๕๖๗';
 * in English, '1 October 2024'.
 */
export function officialDate(
  date: IsoDate,
  language: Language,
  digits: DigitStyle,
): string {
  const long = formatDate(date, language, digits, 'long');
  if (language !== 'th') return long;
  return long.replace(/\s*(?:พ\.ศ\.\s*)?(\S+)$/, ' พ.ศ. $1');
}
