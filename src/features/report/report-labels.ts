import type { TFunction } from 'i18next';

import { inDigits, type Report } from '@/domain/report/build-report';
import {
  REPORT_COLUMNS,
  type ReportColumn,
} from '@/domain/report/report-columns';
import type { ReportLabels } from '@/domain/report/report-text';
import { formatDate, type Language } from '@/domain/thai-date';

/** The report's title block, worded in the UI language, in the report's digits. */
export function reportTitleLines(t: TFunction, report: Report): string[] {
  const year = report.fiscalYearLabel;
  return [
    t('report.document.line1'),
    report.round === 'six-month'
      ? t('report.document.line2SixMonth', {
          year,
          months: inDigits('6', report.digits),
        })
      : t('report.document.line2', { year }),
    t('report.document.office', {
      office: report.officeName,
      district: report.district,
      province: report.province,
    }),
  ];
}

/** Everything the report says besides the office's data, for its text and table forms. */
export function reportLabels(
  t: TFunction,
  report: Report,
  language: Language,
): ReportLabels {
  const headings = Object.fromEntries(
    REPORT_COLUMNS.map((column) => [column, t(`report.columns.${column}`)]),
  ) as Record<ReportColumn, string>;
  return {
    title: reportTitleLines(t, report),
    headings,
    noUpdate: t('report.noUpdate'),
    allUnits: t('measure.allUnits'),
    problems: t('report.problems'),
    // The date of an update in the round, in the report's digits.
    entryDate: (date) =>
      t('report.entryDate', {
        date: formatDate(date, language, report.digits),
      }),
  };
}
