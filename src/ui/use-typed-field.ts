import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import {
  useController,
  useFormContext,
  type FieldValues,
  type Path,
  type PathValue,
  type RefCallBack,
} from 'react-hook-form';

import { press } from './press';

/** What the text input of a typed field is given. */
export interface TypedInputProps {
  name: string;
  ref: RefCallBack;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

interface TypedFieldOptions<T extends FieldValues> {
  name: Path<T>;
  /** The stored value (ISO) of typed text; null when it cannot be read. */
  read: (text: string) => string | null;
  /** The text an ISO value is shown as in the input. */
  show: (value: string) => string;
  isValue: (value: string) => boolean;
}

/**
 * A text input bound to a form value that is ISO when the text can be read,
 * and the text itself when it cannot: drafts keep what was typed, and the
 * schema can say why it was refused. The value read is confirmed (`committed`,
 * shown in words) when the person leaves the field or presses Enter.
 */
export function useTypedField<T extends FieldValues>({
  name,
  read,
  show,
  isValue,
}: TypedFieldOptions<T>) {
  const { control, trigger, getValues } = useFormContext<T>();
  const { field } = useController({ control, name });
  const value = String(field.value ?? '');
  const display = (v: string) => (isValue(v) ? show(v) : v);
  const [text, setText] = useState(() => display(value));
  const [written, setWritten] = useState(value);
  const [committed, setCommitted] = useState(value);

  // A value set from outside (a draft brought back, a reset): show it.
  if (value !== written) {
    setWritten(value);
    setText(display(value));
    setCommitted(value);
  }

  const write = (next: string) => {
    setWritten(next);
    field.onChange(next as PathValue<T, Path<T>>);
  };

  const commit = () => {
    // The value now: a commit may wait for a press to end (onBlur).
    const current = String(getValues(name) ?? '');
    setCommitted(current);
    // Said at the field as soon as it is left, not only on saving.
    if (current !== '') void trigger(name);
  };

  const inputProps: TypedInputProps = {
    name: field.name,
    ref: field.ref,
    value: text,
    onChange: (event) => {
      const typed = event.target.value;
      setText(typed);
      write(read(typed) ?? (typed.trim() === '' ? '' : typed));
    },
    onBlur: () => {
      field.onBlur();
      // Left by pressing something (Save, most often): the message going
      // and the words coming wait until the press is a click, so the
      // button does not move away from under the pointer (ui/press.ts).
      press.whenOver(commit);
    },
    onKeyDown: (event) => {
      if (event.key !== 'Enter') return;
      // Enter reads the date, as leaving does; saving is the Save button's.
      event.preventDefault();
      commit();
    },
  };

  return {
    /** The form's value: ISO, or the text as typed when it cannot be read. */
    value,
    /** The value confirmed, or '' while it is being typed or cannot be read. */
    committed: committed === value && isValue(value) ? value : '',
    inputProps,
    /** A value picked from the calendar. */
    pick: (picked: string) => {
      setText(show(picked));
      write(picked);
      setCommitted(picked);
      void trigger(name);
    },
  };
}
