import { useTranslation } from 'react-i18next';

import { DaysField } from '@/ui/days-field';

import { saveQuietDays } from './use-quiet-days';

/** Up to ten years: anything longer is a typing slip. */
const MAX_DAYS = 3650;

/** N of "no update in the last N days". */
export function QuietDaysField({ quietDays }: { quietDays: number }) {
  const { t } = useTranslation();
  return (
    <div className="quiet-days">
      <DaysField
        days={quietDays}
        max={MAX_DAYS}
        label={t('dashboard.quiet.days')}
        hint={t('dashboard.quiet.daysHint')}
        invalid={t('dashboard.quiet.daysInvalid')}
        onSave={(n) => void saveQuietDays(n)}
      />
    </div>
  );
}
