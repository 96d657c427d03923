import type { i18n as I18n } from 'i18next';

import type { ParseOptions } from '@/domain/paste/parse-options';
import { REPORT_COLUMNS } from '@/domain/report/report-columns';
// Reads the words of every language, whichever one is shown.
import '@/i18n/every-language';

const LANGUAGES = ['th', 'en'] as const;

/**
 * The app's own report words in every language it speaks, so a report the
 * app exported (in either language) reads back: headings, ทุกส่วนราชการ, and
 * the words for "no update in this round", the problems label.
 */
export function parseOptions(i18n: I18n): ParseOptions {
  const ts = LANGUAGES.map((language) => i18n.getFixedT(language));
  return {
    headings: Object.fromEntries(
      REPORT_COLUMNS.map((column) => [
        column,
        ts.map((t) => t(`report.columns.${column}`)),
      ]),
    ),
    allUnitsWords: ts.map((t) => t('measure.allUnits')),
    noUpdateWords: ts.map((t) => t('report.noUpdate')),
    problemsWords: ts.map((t) => t('report.problems')),
  };
}
