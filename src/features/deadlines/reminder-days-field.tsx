import { useTranslation } from 'react-i18next';

import { saveReminderDays } from '@/db/deadlines';
import { DaysField } from '@/ui/days-field';

/** A year ahead at most: a reminder longer than that is a typing slip. */
const MAX_DAYS = 365;

/** N of "remind N days before a due date". */
export function ReminderDaysField({ days }: { days: number }) {
  const { t } = useTranslation();
  return (
    <DaysField
      days={days}
      max={MAX_DAYS}
      label={t('deadlines.reminderDays')}
      hint={t('deadlines.reminderDaysHint')}
      invalid={t('deadlines.reminderDaysInvalid')}
      onSave={(n) => void saveReminderDays(n)}
    />
  );
}
