import { useTranslation } from 'react-i18next';

import { useDeadlines, useReminderDays } from '@/db/deadlines';
import { dueDatesOf } from '@/domain/deadlines';
import { useFormat } from '@/i18n/use-format';

import { DeadlinesForm } from './deadlines-form';
import { ReminderDaysField } from './reminder-days-field';

/** Settings' section for the due dates of the fiscal year shown, and the reminder's N. */
export function DeadlinesPanel({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deadlines = useDeadlines([fiscalYear]);
  const reminderDays = useReminderDays();
  const dues = deadlines && dueDatesOf(fiscalYear, deadlines);
  return (
    <section className="card" id="deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('deadlines.title')}</h2>
      <p className="form-section-hint">
        {t('deadlines.intro', { year: format.text(String(fiscalYear)) })}
      </p>
      {dues ? (
        <DeadlinesForm key={fiscalYear} fiscalYear={fiscalYear} dues={dues} />
      ) : null}
      {reminderDays !== undefined ? (
        <ReminderDaysField days={reminderDays} />
      ) : null}
    </section>
  );
}
