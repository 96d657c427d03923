import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import '@/i18n/itas/load';
import { deleteOitItem } from '@/db/oit-items';
import type { LinkCheck } from '@/domain/oit/link-check-result';
import type { SheetItem } from '@/domain/oit/sheet';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { SafeLink } from '@/ui/safe-link';

import { CheckState } from './check-state';
import { CopyButton } from './copy-button';
import { documentName, sourceText } from './source-text';

/** One OIT item: what it asks, its links to paste and what is wrong. */
export function SheetItemCard({
  row,
  checks,
}: {
  row: SheetItem;
  checks: ReadonlyMap<string, LinkCheck>;
}) {
  const { t } = useTranslation('itas');
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const { item } = row;
  const number = item.number;
  const headingId = `itas-item-${item.id}`;
  const pasteable = row.links.filter((l) => l.problem === null);
  return (
    <section className="itas-item" aria-labelledby={headingId}>
      <header className="itas-item-header">
        <h2 id={headingId}>
          {t('sheet.itemHeading', { number, title: item.title })}
        </h2>
        <div className="row-buttons">
          <Link href={`/itas/items/${item.id}`} className="btn btn-ghost">
            {t('sheet.edit', { number })}
          </Link>
          <Button variant="ghost" onClick={() => setConfirming(true)}>
            {t('sheet.delete', { number })}
          </Button>
        </div>
      </header>
      {item.asks ? (
        <p className="itas-asks">
          <strong>{t('sheet.asks')}:</strong> {item.asks}
        </p>
      ) : null}
      {row.duplicate ? (
        <p className="field-error itas-problem">
          {t('sheet.duplicate', { number })}
        </p>
      ) : null}
      {row.missing ? (
        <p className="field-error itas-problem">{t('sheet.missing')}</p>
      ) : null}
      {row.unpublished.length > 0 ? (
        <p className="itas-warning">
          {t('sheet.unpublished', {
            documents: row.unpublished
              .map((d) => documentName(t, d))
              .join(', '),
          })}
        </p>
      ) : null}
      {row.links.length > 0 ? (
        <table className="itas-links">
          <caption className="sr-only">
            {t('sheet.linksOf', { number })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('sheet.source')}</th>
              <th scope="col">{t('sheet.link')}</th>
              <th scope="col">{t('sheet.check')}</th>
              <th scope="col" className="itas-copy-col">
                <span className="sr-only">{t('sheet.copy')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {row.links.map((link) => (
              <tr
                key={link.url}
                className={link.problem ? 'itas-link-bad' : undefined}
              >
                <td>{sourceText(t, link, format.date)}</td>
                <td className="itas-url">
                  <SafeLink href={link.url} />
                </td>
                <td>
                  {link.problem ? (
                    <span className="field-error">
                      {t(`problem.${link.problem}`)}
                    </span>
                  ) : (
                    <CheckState check={checks.get(link.url)} />
                  )}
                </td>
                <td className="itas-copy-col">
                  {link.problem ? null : (
                    <CopyButton
                      text={link.url}
                      label={t('sheet.copyLink', { url: link.url })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pasteable.length > 1 ? (
        <CopyButton
          text={pasteable.map((l) => l.url).join('\n')}
          label={t('sheet.copyAll', { number })}
        >
          {t('sheet.copyAll', { number })}
        </CopyButton>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('sheet.delete', { number })}
        message={t('sheet.deleteConfirm', { number })}
        confirmLabel={t('sheet.delete', { number })}
        onConfirm={() => {
          setConfirming(false);
          void deleteOitItem(item.id);
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
