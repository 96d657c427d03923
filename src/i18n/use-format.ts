import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { toThaiDigits } from '@/domain/digits';
import { periodLabel } from '@/domain/period';
import {
  formatDate,
  formatMonth,
  formatNumber,
  formatTimestamp,
} from '@/domain/thai-date';
import type { IsoDate, Period, Round } from '@/domain/types';

import { usePreferences, type Language } from './preferences';

/**
 * Formatting in the UI language, with Thai digits when the person chose
 * them. One object while both stay the same, so what is memoised on it
 * (a long table's rows) is not made again at every render.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const { digits } = usePreferences();
  const language: Language = i18n.language === 'en' ? 'en' : 'th';
  return useMemo(
    () => formatsOf(i18n, language, digits),
    [i18n, language, digits],
  );
}

function formatsOf(
  i18n: ReturnType<typeof useTranslation>['i18n'],
  language: Language,
  digits: ReturnType<typeof usePreferences>['digits'],
) {
  return {
    language,
    digits,
    date: (date: IsoDate) => formatDate(date, language, digits),
    /** A moment, in this device's time zone. */
    timestamp: (iso: string) => formatTimestamp(iso, language, digits),
    number: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, digits, options),
    /** Digits inside free text, e.g. a measure's number. */
    text: (text: string) => (digits === 'thai' ? toThaiDigits(text) : text),
    /** A round's name in the chosen digits: 'รอบ ๖ เดือน (๑ ต.ค. – ๓๑ มี.ค.)', or short: 'รอบ ๖ เดือน'. */
    round: (round: Round, length: 'long' | 'short' = 'long') => {
      const name = i18n.t(
        `${length === 'long' ? 'round' : 'roundShort'}.${round}`,
      );
      return digits === 'thai' ? toThaiDigits(name) : name;
    },
    /** Thai: the report's style (ต.ค.67 - ก.ย.68); English: Oct 2024 – Sep 2025. */
    period: (period: Period, fiscalYear: number) => {
      if (language === 'th') return periodLabel(period, fiscalYear, digits);
      if (period.kind === 'fiscal-year') return i18n.t('period.wholeYear');
      if (period.from === period.to) {
        return formatMonth(period.from, language, digits, 'long');
      }
      const from = formatMonth(period.from, language, digits);
      return `${from} – ${formatMonth(period.to, language, digits)}`;
    },
  };
}
