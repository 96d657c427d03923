import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Deleted } from '@/db/deleted';
import type { Revisioned } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

interface DeletedItemProps {
  name: string;
  deleted: Deleted<Revisioned>;
  historyHref: string;
  /** What else comes back with it. */
  detail?: string;
  /** Restores it; none when it cannot be restored here. */
  onRestore?: () => void;
}

/** A deleted record in a list: when and by whom, its history, and "restore". */
export function DeletedItem({
  name,
  deleted,
  historyHref,
  detail,
  onRestore,
}: DeletedItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const time = format.timestamp(deleted.deletedAt);
  return (
    <li className="card history-deleted-item">
      <h2>{name}</h2>
      <p>
        {deleted.by
          ? t('history.deletedBy', { time, name: deleted.by })
          : t('history.deletedAt', { time })}
      </p>
      {detail ? <p>{detail}</p> : null}
      <div className="row-buttons">
        <Link
          href={historyHref}
          className="btn btn-secondary"
          aria-label={t('history.itemHistoryLabel', { name })}
        >
          {t('history.itemHistory')}
        </Link>
        {onRestore ? (
          <Button
            variant="primary"
            onClick={onRestore}
            aria-label={t('history.itemRestoreLabel', { name })}
          >
            {t('history.restore')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
