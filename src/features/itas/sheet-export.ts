import type { TFunction } from 'i18next';

import type { LinkCheck } from '@/domain/oit/link-check-result';
import type { SheetItem } from '@/domain/oit/sheet';
import type { TextTable } from '@/ui/table-export';

import { checkText } from './check-state';
import { sourceText } from './source-text';

/**
 * The sheet as one table for CSV/XLSX: a row per link, and a row for an
 * item with none, so a missing item is in the file too.
 */
export function sheetTable(
  t: TFunction<'itas'>,
  title: string,
  sheet: readonly SheetItem[],
  checks: ReadonlyMap<string, LinkCheck>,
  format: { date: (iso: string) => string; timestamp: (iso: string) => string },
): TextTable {
  const c = (key: keyof typeof COLUMNS) => t(`sheet.column.${key}`);
  const rows = sheet.flatMap(({ item, links, missing, duplicate }) => {
    const notes = [
      duplicate ? t('sheet.duplicate', { number: item.number }) : '',
      missing ? t('sheet.missing') : '',
    ].filter(Boolean);
    const head = [item.number, item.title];
    if (links.length === 0) return [[...head, '', '', notes.join(' '), '', '']];
    return links.map((link) => {
      const check = checks.get(link.url);
      return [
        ...head,
        sourceText(t, link, format.date),
        link.url,
        [link.problem ? t(`problem.${link.problem}`) : '', ...notes]
          .filter(Boolean)
          .join(' '),
        link.problem ? '' : checkText(t, check),
        check && !link.problem ? format.timestamp(check.checkedAt) : '',
      ];
    });
  });
  return {
    title: [title],
    headers: Object.keys(COLUMNS).map((k) => c(k as keyof typeof COLUMNS)),
    rows,
  };
}

const COLUMNS = {
  number: 0,
  title: 0,
  source: 0,
  url: 0,
  problem: 0,
  check: 0,
  checkedAt: 0,
};
