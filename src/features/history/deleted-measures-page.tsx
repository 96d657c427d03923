import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useDeletedMeasures } from '@/db/deleted';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { DeletedItem } from './deleted-item';
import { useRestore } from './use-restore';

import './history.css';

interface DeletedMeasuresPageProps {
  office: Office;
  fiscalYear: number;
}

/** The year's deleted measures, to see in history and restore. */
export function DeletedMeasuresPage({
  office,
  fiscalYear,
}: DeletedMeasuresPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const deleted = useDeletedMeasures(office.id, fiscalYear);
  const intro = useRef<HTMLParagraphElement>(null);
  // The item restored leaves the list: focus stays on the page.
  const restore = useRestore(() => intro.current?.focus());
  const title = t('history.deletedMeasures.title', {
    year: format.text(String(fiscalYear)),
  });
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <Link href="/measures" className="btn btn-secondary">
          {t('history.deletedMeasures.backToList')}
        </Link>
      }
    >
      <p ref={intro} tabIndex={-1} className="history-intro">
        {t('history.deletedMeasures.intro')}
      </p>
      {deleted === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : deleted.length === 0 ? (
        <p className="empty">{t('history.deletedMeasures.empty')}</p>
      ) : (
        <ul className="history-deleted-list">
          {deleted.map((d) => (
            <DeletedItem
              key={d.record.id}
              name={d.record.title}
              deleted={d}
              historyHref={`/measures/${d.record.id}/history`}
              {...(d.updates > 0
                ? {
                    detail: t('history.deletedMeasures.withUpdates', {
                      count: d.updates,
                    }),
                  }
                : {})}
              onRestore={() =>
                void restore({
                  kind: 'measures',
                  at: { id: d.record.id },
                  rev: d.record.rev,
                  versionAt: d.deletedAt,
                  name: d.record.title,
                  deleted: true,
                })
              }
            />
          ))}
        </ul>
      )}
    </Page>
  );
}
