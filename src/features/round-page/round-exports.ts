/**
 * The round page's files, pure: the overdue checklist and the totals by
 * district as tables (ui/table-export.ts writes them as CSV or XLSX), with
 * figures as number cells, so a spreadsheet adds them up.
 */
import type { TFunction } from 'i18next';

import type { RoundTotals } from '@/domain/reporting/reporting-rate';
import type { ExpectedInRound } from '@/domain/reporting/round-table';
import { numberCell, type TableCell, type TextTable } from '@/ui/table-export';

export interface Formats {
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
}

/** A share as a number cell (0–1, a percentage); none is a dash. */
export function rateCell(format: Formats, value: number | null): TableCell {
  if (value === null) return '—';
  return numberCell(
    value,
    format.number(value, { style: 'percent', maximumFractionDigits: 1 }),
    true,
  );
}

const count = (format: Formats, n: number) => numberCell(n, format.number(n));

/**
 * The offices to chase: one numbered line each, with where it is and how
 * many days past the due date, headed by the lines that say which round.
 */
export function overdueTable(
  t: TFunction,
  format: Formats,
  title: readonly string[],
  rows: readonly ExpectedInRound[],
): TextTable {
  return {
    title,
    headers: [
      t('roundPage.checklist.number'),
      t('roundPage.column.office'),
      t('expectedOffices.kind'),
      t('expectedOffices.district'),
      t('expectedOffices.province'),
      t('roundPage.checklist.daysOverdue'),
    ],
    rows: rows.map(({ office, state }, i) => [
      count(format, i + 1),
      office.name,
      office.kind ? t(`officeKind.${office.kind}`) : '',
      office.district,
      office.province,
      count(format, state.daysLate ?? 0),
    ]),
  };
}

/** The headings of the totals, on the page and in the file alike. */
export function totalsHeaders(t: TFunction): string[] {
  return [
    t('expectedOffices.district'),
    t('roundPage.figure.expected'),
    t('roundPage.figure.received'),
    t('roundPage.figure.onTime'),
    t('roundPage.figure.approved'),
    t('roundPage.totals.rate'),
    t('roundPage.totals.rateOnTime'),
    t('roundPage.totals.measures'),
    t('roundPage.totals.completed'),
    t('roundPage.totals.late'),
    t('roundPage.totals.reported'),
  ];
}

/** A district's (or the province's) line of totals: its cells in the headers' order. */
export function totalsCells(
  format: Formats,
  name: string,
  totals: RoundTotals,
): TableCell[] {
  return [
    name,
    count(format, totals.expected),
    count(format, totals.received),
    count(format, totals.onTime),
    count(format, totals.approved),
    rateCell(format, totals.rate),
    rateCell(format, totals.rateOnTime),
    count(format, totals.measures),
    count(format, totals.completed),
    count(format, totals.late),
    count(format, totals.reported),
  ];
}

/** The totals by district, and the province's (named `totalName`) as the total row. */
export function totalsTable(
  t: TFunction,
  format: Formats,
  title: readonly string[],
  totals: { districts: readonly RoundTotals[]; province: RoundTotals },
  totalName: string,
): TextTable {
  const district = (d: RoundTotals) =>
    d.district || t('roundPage.totals.noDistrict');
  return {
    title,
    headers: totalsHeaders(t),
    rows: totals.districts.map((d) => totalsCells(format, district(d), d)),
    totals: [totalsCells(format, totalName, totals.province)],
  };
}
