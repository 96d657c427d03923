import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useDeadlines, useReminderDays } from '@/db/deadlines';
import { dueDatesOf, remindersOn, type Reminder } from '@/domain/deadlines';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { useFormat } from '@/i18n/use-format';
import { useToday } from '@/ui/use-today';

import { useMissingInRound } from './use-missing-in-round';

/**
 * The reminder under the header from N days before a round's due date until
 * that day: which report is due when, and how many measures still lack an
 * update in it. The annual report falls due after its fiscal year has
 * ended, so the year before today's is looked at too.
 */
export function DeadlineReminder({
  officeId,
  fiscalYear,
}: {
  officeId: string;
  /** The year shown: the measures list can show only its measures. */
  fiscalYear: number;
}) {
  const today = useToday();
  const current = fiscalYearOf(today);
  const years = [current - 1, current];
  const deadlines = useDeadlines(years);
  const days = useReminderDays();
  if (!deadlines || days === undefined) return null;
  const dues = years.flatMap((year) => dueDatesOf(year, deadlines));
  const reminders = remindersOn(dues, today, days);
  if (reminders.length === 0) return null;
  return (
    <>
      {reminders.map((reminder) => (
        <ReminderLine
          key={`${reminder.fiscalYear}:${reminder.round}`}
          officeId={officeId}
          reminder={reminder}
          linked={reminder.fiscalYear === fiscalYear}
        />
      ))}
    </>
  );
}

function ReminderLine({
  officeId,
  reminder,
  linked,
}: {
  officeId: string;
  reminder: Reminder;
  linked: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = useMissingInRound(
    officeId,
    reminder.fiscalYear,
    reminder.round,
  );
  const values = {
    round: t(`roundShort.${reminder.round}`),
    year: reminder.fiscalYear,
    due: reminder.due,
    days: reminder.days,
  };
  return (
    <div
      className="reminder deadline-reminder"
      role="status"
      aria-label={t('deadlines.reminderLabel')}
    >
      <p>
        {reminder.days === 0
          ? t('deadlines.reminderToday', values)
          : t('deadlines.reminder', values)}{' '}
        {missing === undefined
          ? null
          : missing.length === 0
            ? t('deadlines.reminderComplete')
            : t('deadlines.reminderMissing', {
                count: missing.length,
                n: format.number(missing.length),
              })}
      </p>
      {linked && missing && missing.length > 0 ? (
        <Link
          href={`/measures?ids=${missing.join(',')}`}
          className="btn btn-secondary"
        >
          {t('deadlines.reminderLink')}
        </Link>
      ) : null}
    </div>
  );
}
