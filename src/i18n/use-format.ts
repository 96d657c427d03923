import { useTranslation } from 'react-i18next';

import { toThaiDigits } from '@/domain/digits';
import { periodLabel } from '@/domain/period';
import { formatDate, formatNumber } from '@/domain/thai-date';
import type { IsoDate, Period } from '@/domain/types';

import { usePreferences, type Language } from './preferences';

/** Formatting in the UI language, with Thai digits when the person chose them. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { digits } = usePreferences();
  const language: Language = i18n.language === 'en' ? 'en' : 'th';
  return {
    language,
    digits,
    date: (date: IsoDate) => formatDate(date, language, digits),
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, digits, options),
    /** Digits inside free text, e.g. a measure's number. */
    text: (text: string) => (digits === 'thai' ? toThaiDigits(text) : text),
    period: (period: Period, fiscalYear: number) =>
      periodLabel(period, fiscalYear, digits),
  };
}
