import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useConflictCount } from '@/db/live';
import { useFormat } from '@/i18n/use-format';

/** In the menu only while conflicts wait for a person's choice. */
export function ConflictsLink() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useConflictCount();
  if (!count) return null;
  return (
    <Link href="/conflicts" className="nav-link nav-alert">
      {t('nav.conflicts')} ({format.number(count)})
    </Link>
  );
}
