/**
 * A value typed as people type it, read back in words, with a calendar for
 * the mouse and the keyboard: what the date and the month fields share. Each
 * of them says only how text is read, how a value is shown, and which
 * calendar picks one. The form holds the stored value when the text can be
 * read, else the text itself; the schema refuses such text with a reason
 * (forms/date-checks.ts).
 */
import type { ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';

import { Field } from './field';
import { TypedInput } from './typed-input';
import { useTypedField } from './use-typed-field';

/** What a form gives a date or month field. */
export interface TypedFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  /** Already translated. */
  error?: string | undefined;
  required?: boolean;
}

interface TypedValueProps<T extends FieldValues> extends TypedFieldProps<T> {
  /** The stored value of typed text; null when it cannot be read. */
  read: (text: string) => string | null;
  /** The text a stored value is shown as in the input. */
  show: (value: string) => string;
  /** A confirmed value in words, read back under the input. */
  words: (value: string) => string;
  isValue: (value: string) => boolean;
  /** The input's width, in characters. */
  size: number;
  /** Starts loading the calendar's code. */
  preload: () => unknown;
  /** The calendar, with the field's value selected (or none); `pick` sets a value. */
  calendar: (
    selected: string | null,
    pick: (value: string) => void,
  ) => ReactNode;
}

export function TypedField<T extends FieldValues>({
  name,
  label,
  hint,
  error,
  required,
  read,
  show,
  words,
  isValue,
  size,
  preload,
  calendar,
}: TypedValueProps<T>) {
  const typed = useTypedField<T>({ name, read, show, isValue });
  const selected = isValue(typed.value) ? typed.value : null;
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <TypedInput
          control={control}
          inputProps={typed.inputProps}
          label={label}
          words={
            // A refused value is not read back: its message says why.
            typed.committed && !error ? words(typed.committed) : ''
          }
          size={size}
          preload={preload}
          calendar={(close) =>
            calendar(selected, (value) => {
              typed.pick(value);
              close();
            })
          }
        />
      )}
    </Field>
  );
}
