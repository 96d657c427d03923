import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { MeasureConflict } from '@/db/measure-conflicts';

/**
 * A measure with a version in conflict (its own, or an update's): a mark
 * beside its status that opens the conflict, so a version that lost on
 * import is never out of sight.
 */
export function ConflictBadge({
  conflict,
  title,
}: {
  conflict: MeasureConflict | undefined;
  title: string;
}) {
  const { t } = useTranslation();
  if (!conflict) return null;
  return (
    <Link
      href={`/conflicts/${conflict.kind}/${conflict.recordId}`}
      className="badge badge-conflict"
    >
      {t('conflicts.badge')}
      <span className="sr-only">{t('conflicts.badgeOf', { title })}</span>
    </Link>
  );
}
