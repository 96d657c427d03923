import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import {
  useDeletedUpdates,
  useStoredMeasure,
  type Deleted,
} from '@/db/deleted';
import type { ProgressUpdate } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { DeletedItem } from './deleted-item';
import { HistoryMissing, MeasureBackLink } from './history-parts';
import { useRestore } from './use-restore';

import './history.css';

/** A measure's deleted progress updates, to see in history and restore. */
export function DeletedUpdatesPage({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const measure = useStoredMeasure(measureId);
  const deleted = useDeletedUpdates(measureId);
  const intro = useRef<HTMLParagraphElement>(null);
  const restore = useRestore(() => intro.current?.focus());
  if (measure === undefined) return <p role="status">{t('common.loading')}</p>;
  if (measure === null) return <HistoryMissing />;
  const title = t('history.deletedUpdates.title', { title: measure.title });
  const restoreOne = (update: Deleted<ProgressUpdate>, name: string) =>
    void restore({
      kind: 'updates',
      at: { id: update.record.id, measureId },
      rev: update.record.rev,
      versionAt: update.deletedAt,
      name,
      deleted: true,
    });
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <MeasureBackLink measureId={measureId} deleted={measure.deleted} />
      }
    >
      <p ref={intro} tabIndex={-1} className="history-intro">
        {measure.deleted
          ? t('history.measureDeleted')
          : t('history.deletedUpdates.intro')}
      </p>
      {deleted === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : deleted.length === 0 ? (
        <p className="empty">{t('history.deletedUpdates.empty')}</p>
      ) : (
        <ul className="history-deleted-list">
          {deleted.map((d) => {
            const name = t('history.deletedUpdates.item', {
              date: format.date(d.record.date),
            });
            return (
              <DeletedItem
                key={d.record.id}
                name={name}
                deleted={d}
                historyHref={`/measures/${measureId}/updates/${d.record.id}/history`}
                {...(measure.deleted
                  ? {}
                  : { onRestore: () => restoreOne(d, name) })}
              />
            );
          })}
        </ul>
      )}
    </Page>
  );
}
