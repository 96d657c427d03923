import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { parseNumber } from '@/domain/digits';
import { useFormat } from '@/i18n/use-format';
import { Field } from '@/ui/field';

import { saveQuietDays } from './use-quiet-days';

/** Up to ten years: anything longer is a typing slip. */
const MAX_DAYS = 3650;

/** N of "no update in the last N days"; saved as soon as it is a whole number of days. */
export function QuietDaysField({ quietDays }: { quietDays: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState(() => format.text(String(quietDays)));
  const [invalid, setInvalid] = useState(false);
  const change = (value: string) => {
    setText(value);
    // Thai digits are read as well as Arabic ones.
    const days = parseNumber(value);
    const valid =
      days !== null && Number.isInteger(days) && days >= 0 && days <= MAX_DAYS;
    setInvalid(!valid);
    if (valid) void saveQuietDays(days);
  };
  return (
    <div className="quiet-days">
      <Field
        label={t('dashboard.quiet.days')}
        hint={t('dashboard.quiet.daysHint')}
        error={invalid ? t('dashboard.quiet.daysInvalid') : undefined}
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
    </div>
  );
}
