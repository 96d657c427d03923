import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useUpdates } from '@/db/live';
import { createUpdate, deleteUpdate, updateUpdate } from '@/db/updates';
import type { ProgressUpdate } from '@/domain/types';
import { Button } from '@/ui/button';
import { ConfirmDialog } from '@/ui/confirm-dialog';

import { UpdateCard } from './update-card';
import { UpdateForm } from './update-form';

/** A measure's progress updates in date order: add, edit, delete. */
export function UpdatesSection({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const updates = useUpdates(measureId);
  // 'new', the id of the update being edited, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ProgressUpdate | null>(null);

  return (
    <section className="updates" aria-labelledby="updates-title">
      <div className="section-header">
        <h2 id="updates-title">{t('updates.title')}</h2>
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
            onSave={async (input) => {
              await createUpdate(measureId, input);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      {updates === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : updates.length === 0 ? (
        <p className="empty">{t('updates.empty')}</p>
      ) : (
        <ol className="update-list">
          {updates.map((update) => (
            <li key={update.id} className="card">
              {editing === update.id ? (
                <>
                  <h3>{t('updates.editTitle')}</h3>
                  <UpdateForm
                    update={update}
                    onSave={async (input) => {
                      await updateUpdate(update.id, input);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </>
              ) : (
                <UpdateCard
                  update={update}
                  onEdit={() => setEditing(update.id)}
                  onDelete={() => setDeleting(update)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('updates.deleteTitle')}
        message={t('updates.deleteMessage')}
        confirmLabel={t('common.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const target = deleting;
          setDeleting(null);
          if (target) await deleteUpdate(target.id);
        }}
      />
    </section>
  );
}
