import { useState } from 'react';

import { parseNumber } from '@/domain/digits';
import { useFormat } from '@/i18n/use-format';

import { Field } from './field';

interface DaysFieldProps {
  days: number;
  /** The most days taken: beyond it, a typing slip. */
  max: number;
  label: string;
  hint: string;
  invalid: string;
  onSave: (days: number) => void;
}

/** A number of days, saved as soon as it is a whole number from 0 to `max`. */
export function DaysField({
  days,
  max,
  label,
  hint,
  invalid,
  onSave,
}: DaysFieldProps) {
  const format = useFormat();
  const [text, setText] = useState(() => format.text(String(days)));
  const [wrong, setWrong] = useState(false);
  const change = (value: string) => {
    setText(value);
    // Thai digits are read as well as Arabic ones.
    const read = parseNumber(value);
    const valid =
      read !== null && Number.isInteger(read) && read >= 0 && read <= max;
    setWrong(!valid);
    if (valid) onSave(read);
  };
  return (
    <Field label={label} hint={hint} error={wrong ? invalid : undefined}>
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
