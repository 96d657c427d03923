import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { reopenRound } from '@/db/sign-off';
import type { Approval } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';

interface ReopenDialogProps {
  /** The approvals in force that lock the update; none: closed. */
  locks: readonly Approval[];
  onCancel: () => void;
  /** The rounds are reopened: the edit may go on. */
  onReopened: () => void;
}

/**
 * Editing an update of an approved round asks first to reopen the round,
 * with the reason, which is kept on the approval (its history) and shown
 * in the update's history.
 */
export function ReopenDialog({
  locks,
  onCancel,
  onReopened,
}: ReopenDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = locks[0];

  const confirm = async () => {
    if (reason.trim() === '') {
      setError(t('report.reopen.reasonRequired'));
      return;
    }
    try {
      for (const lock of locks) await reopenRound(lock.id, reason);
      setReason('');
      setError(null);
      onReopened();
    } catch (failure) {
      console.error(failure);
      setError(t('report.reopen.failed'));
    }
  };

  return (
    <Dialog open={!!first} title={t('report.reopen.title')} onClose={onCancel}>
      {first ? (
        <p>
          {t('report.reopen.body', {
            round: locks.map((l) => format.round(l.round, 'short')).join(', '),
            date: format.timestamp(first.approvedAt),
          })}
        </p>
      ) : null}
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id} className="field-label">
          {t('report.reopen.reason')}
        </label>
        <textarea
          id={id}
          value={reason}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="dialog-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button variant="primary" onClick={() => void confirm()}>
          {t('report.reopen.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
