import { useId, type ReactNode } from 'react';

import { CalendarButton } from './calendar-button';
import type { ControlProps } from './field';
import type { TypedInputProps as InputProps } from './use-typed-field';

import './typed-field.css';

interface TypedInputProps {
  control: ControlProps;
  inputProps: InputProps;
  label: string;
  /** The value confirmed, in words: "วันอังคารที่ 1 ธันวาคม พ.ศ. 2569". */
  words: string;
  size: number;
  preload: () => unknown;
  calendar: (close: () => void) => ReactNode;
}

/** A date or month field's text input, its calendar button and the value read back in words. */
export function TypedInput({
  control,
  inputProps,
  label,
  words,
  size,
  preload,
  calendar,
}: TypedInputProps) {
  const wordsId = useId();
  const describedBy = [control['aria-describedby'], words ? wordsId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="typed-field">
      <div className="typed-field-row">
        <input
          {...control}
          {...inputProps}
          aria-describedby={describedBy || undefined}
          type="text"
          autoComplete="off"
          spellCheck={false}
          size={size}
        />
        <CalendarButton label={label} preload={preload}>
          {calendar}
        </CalendarButton>
      </div>
      {/* Said when the field is left: what the app read from the text. */}
      <p id={wordsId} className="typed-field-words" aria-live="polite">
        {words}
      </p>
    </div>
  );
}
