import type { TFunction } from 'i18next';

import type { SheetLink } from '@/domain/oit/sheet';
import type { OitDocumentKind } from '@/domain/types';

/** Where a link comes from, in words: "มาตรการที่ ๒", "ประกาศมาตรการ". */
export function sourceText(
  t: TFunction<'itas'>,
  link: SheetLink,
  formatDate: (iso: string) => string,
): string {
  const { source } = link;
  switch (source.kind) {
    case 'document':
      return documentName(t, source.document);
    case 'link':
      return t('sheet.fromLink');
    case 'measure':
      return t('sheet.fromMeasure', { position: source.position });
    case 'update':
      return t('sheet.fromUpdate', {
        position: source.position,
        date: formatDate(source.date),
      });
  }
}

/** A document's name: "รายงานผลรอบ ๖ เดือน", its digits as the screen's. */
export function documentName(t: TFunction<'itas'>, kind: OitDocumentKind) {
  return t(`document.${kind}`, { six: 6 });
}
