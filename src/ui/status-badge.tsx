import { useTranslation } from 'react-i18next';

import type { UpdateStatus } from '@/domain/types';

/** A status in words and colour; the words carry the meaning, never colour alone. */
export function StatusBadge({ status }: { status: UpdateStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>
  );
}
