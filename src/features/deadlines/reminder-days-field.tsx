import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { saveReminderDays } from '@/db/deadlines';
import { parseNumber } from '@/domain/digits';
import { useFormat } from '@/i18n/use-format';
import { Field } from '@/ui/field';

/** A year ahead at most: a reminder longer than that is a typing slip. */
const MAX_DAYS = 365;

/** N of "remind N days before a due date"; saved as soon as it is a whole number of days. */
export function ReminderDaysField({ days }: { days: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState(() => format.text(String(days)));
  const [invalid, setInvalid] = useState(false);
  const change = (value: string) => {
    setText(value);
    // Thai digits are read as well as Arabic ones.
    const read = parseNumber(value);
    const valid =
      read !== null && Number.isInteger(read) && read >= 0 && read <= MAX_DAYS;
    setInvalid(!valid);
    if (valid) void saveReminderDays(read);
  };
  return (
    <Field
      label={t('deadlines.reminderDays')}
      hint={t('deadlines.reminderDaysHint')}
      error={invalid ? t('deadlines.reminderDaysInvalid') : undefined}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          size={5}
          value={text}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </Field>
  );
}
