import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useUnexportedSince } from '@/db/export-state';
import { exportReminderDays } from '@/domain/export-reminder';
import { useFormat } from '@/i18n/use-format';
import { useToday } from '@/ui/use-today';

/** A quiet reminder when changed data has not been exported for a week. */
export function ExportReminder() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const since = useUnexportedSince();
  const days = exportReminderDays(since, today);
  if (days === null) return null;
  return (
    <div className="reminder" role="status">
      <p>{t('exchange.reminder.message', { days: format.number(days) })}</p>
      <Link href="/exchange" className="btn btn-primary">
        {t('exchange.reminder.action')}
      </Link>
    </div>
  );
}
