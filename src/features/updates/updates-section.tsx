import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useDeletedUpdateCount } from '@/db/deleted';
import { useUpdates } from '@/db/live';
import { useApprovals } from '@/db/live-round';
import { createUpdate, updateUpdate } from '@/db/updates';
import { useDraftKeys } from '@/db/use-draft-keys';
import { locksOf } from '@/domain/report/sign-off';
import type { Approval, Measure, ProgressUpdate } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { ConfirmDialog } from '@/ui/confirm-dialog';

import { ReopenDialog } from './reopen-dialog';
import { deleteWithUndo } from './undo-delete';
import { UpdateCard } from './update-card';
import { UpdateForm } from './update-form';
import { UpdatesOrderSelect } from './updates-order-select';
import { useUpdatesOrder } from './use-updates-order';

import './updates.css';

/**
 * Updates shown at first, and added by each "show more": a measure's list
 * renders a page at a time, so a measure with thousands of long updates (an
 * import may bring them) opens at once (issue 17, "Memory").
 */
export const UPDATES_PAGE = 20;

/** A measure's progress updates by date, newest first unless chosen otherwise: add, edit, delete. */
export function UpdatesSection({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const measureId = measure.id;
  const stored = useUpdates(measureId);
  const order = useUpdatesOrder();
  const deletedCount = useDeletedUpdateCount(measureId);
  const updates =
    stored && order
      ? order === 'newest'
        ? [...stored].reverse()
        : stored
      : undefined;
  // 'new', the id of the update being edited, or null; undefined until the
  // person chooses, while a form left with unsaved typing reopens by itself.
  const [chosen, setEditing] = useState<string | null>();
  const [deleting, setDeleting] = useState<ProgressUpdate | null>(null);
  // An update of an approved round: reopen it first, then go on.
  const approvals = useApprovals(measure.officeId, measure.fiscalYear);
  const [reopening, setReopening] = useState<{
    locks: Approval[];
    then: () => void;
  } | null>(null);
  const unlocked = (update: ProgressUpdate, then: () => void) => {
    const locks = locksOf(update, approvals ?? []);
    if (locks.length === 0) then();
    else setReopening({ locks, then });
  };
  const newKey = `update:new:${measureId}`;
  const drafts = useDraftKeys(
    updates ? [newKey, ...updates.map((u) => `update:${u.id}`)] : [],
  );
  const firstDraft = drafts?.[0];
  const fromDraft =
    firstDraft === undefined
      ? null
      : firstDraft === newKey
        ? 'new'
        : firstDraft.slice('update:'.length);
  const editing = chosen === undefined ? fromDraft : chosen;
  const [pages, setPages] = useState(1);
  // The update being edited (a draft reopens it) is always among those shown.
  const editingAt = updates?.findIndex((u) => u.id === editing) ?? -1;
  const shownCount = Math.max(pages * UPDATES_PAGE, editingAt + 1);
  const shown = updates?.slice(0, shownCount);
  const hidden = (updates?.length ?? 0) - (shown?.length ?? 0);

  return (
    <section className="updates" aria-labelledby="updates-title">
      <div className="section-header">
        <h2 id="updates-title">{t('updates.title')}</h2>
        {order && updates && updates.length > 1 ? (
          <UpdatesOrderSelect order={order} />
        ) : null}
        {deletedCount ? (
          <Link href={`/measures/${measureId}/deleted-updates`}>
            {t('history.deletedUpdates.link', { count: deletedCount })}
          </Link>
        ) : null}
        {editing !== 'new' ? (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('updates.add')}
          </Button>
        ) : null}
      </div>
      {editing === 'new' ? (
        <div className="card">
          <h3>{t('updates.newTitle')}</h3>
          <UpdateForm
            measure={measure}
            others={updates ?? []}
            draftKey={newKey}
            onSave={async (input) => {
              await createUpdate(measureId, input);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      {updates === undefined || shown === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : updates.length === 0 ? (
        <p className="empty">{t('updates.empty')}</p>
      ) : (
        <ol className="update-list">
          {shown.map((update) => (
            <li key={update.id} className="card">
              {editing === update.id ? (
                <>
                  <h3>{t('updates.editTitle')}</h3>
                  <UpdateForm
                    measure={measure}
                    others={updates.filter((u) => u.id !== update.id)}
                    update={update}
                    draftKey={`update:${update.id}`}
                    onSave={async (input) => {
                      await updateUpdate(update, input);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </>
              ) : (
                <UpdateCard
                  fiscalYear={measure.fiscalYear}
                  update={update}
                  onEdit={() => unlocked(update, () => setEditing(update.id))}
                  onDelete={() => unlocked(update, () => setDeleting(update))}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {hidden > 0 ? (
        <p className="updates-more">
          <span role="status">
            {t('updates.shownOf', {
              shown: format.number(shown?.length ?? 0),
              total: format.number(updates?.length ?? 0),
            })}
          </span>{' '}
          <Button onClick={() => setPages((n) => n + 1)}>
            {t('updates.showMore', {
              count: Math.min(hidden, UPDATES_PAGE),
              n: format.number(Math.min(hidden, UPDATES_PAGE)),
            })}
          </Button>
        </p>
      ) : null}
      <ReopenDialog
        locks={reopening?.locks ?? []}
        onCancel={() => setReopening(null)}
        onReopened={() => {
          reopening?.then();
          setReopening(null);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('updates.deleteTitle')}
        message={t('updates.deleteMessage')}
        confirmLabel={t('common.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const target = deleting;
          setDeleting(null);
          if (target) await deleteWithUndo(t, target, format.date(target.date));
        }}
      />
    </section>
  );
}
