import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { isHandedInLate, roundsCountedFor } from '@/domain/round';
import type { ProgressUpdate } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { SafeLink } from '@/ui/safe-link';
import { StatusBadge } from '@/ui/status-badge';

interface UpdateCardProps {
  /** The measure's fiscal year: the rounds the update counts for are of it. */
  fiscalYear: number;
  update: ProgressUpdate;
  onEdit: () => void;
  onDelete: () => void;
}

const TEXTS = ['result', 'suggestions', 'outcome', 'problems'] as const;

/** One progress update as read: every text shown as text, links only if http(s). */
export function UpdateCard({
  fiscalYear,
  update,
  onEdit,
  onDelete,
}: UpdateCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = format.date(update.date);
  // The rounds it counts for (domain/round.ts), the one handed in late marked.
  const late = isHandedInLate(update, fiscalYear);
  const rounds = roundsCountedFor(update, fiscalYear)
    .map((round) => {
      const name = format.round(round, 'short');
      return late && round === update.round
        ? t('update.handedInLate', { round: name })
        : name;
    })
    .join(' · ');
  return (
    <article aria-label={t('updates.itemLabel', { date })}>
      <header className="update-header">
        <h3 className="update-date">{date}</h3>
        {rounds ? <span>{rounds}</span> : null}
        <StatusBadge status={update.status} />
        <span>
          {format.number(update.percent / 100, {
            style: 'percent',
            maximumFractionDigits: 1,
          })}
        </span>
      </header>
      <dl className="details">
        {TEXTS.filter((key) => update[key] !== '').map((key) => (
          <div className="detail" key={key}>
            <dt>{t(`update.${key}`)}</dt>
            <dd className="prose">{update[key]}</dd>
          </div>
        ))}
        {update.evidence.length > 0 ? (
          <div className="detail">
            <dt>{t('links.legend')}</dt>
            <dd>
              <ul className="links">
                {update.evidence.map((href, i) => (
                  <li key={i}>
                    <SafeLink href={href} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {update.reporter ? (
          <div className="detail">
            <dt>{t('update.reporter')}</dt>
            <dd>{update.reporter}</dd>
          </div>
        ) : null}
      </dl>
      <div className="row-buttons">
        <Button onClick={onEdit} aria-label={t('updates.editLabel', { date })}>
          {t('common.edit')}
        </Button>
        <Link
          href={`/measures/${update.measureId}/updates/${update.id}/history`}
          className="btn btn-secondary"
          aria-label={t('history.updateLinkLabel', { date })}
        >
          {t('history.updateLink')}
        </Link>
        <Button
          variant="danger"
          onClick={onDelete}
          aria-label={t('updates.deleteLabel', { date })}
        >
          {t('common.delete')}
        </Button>
      </div>
    </article>
  );
}
