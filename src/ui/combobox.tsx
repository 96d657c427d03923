import { useId, type MouseEvent, type ReactNode } from 'react';

import { ComboboxList } from './combobox-list';
import { useCombobox, type ComboboxOptions } from './use-combobox';

import './combobox.css';

interface ComboboxProps<T> extends ComboboxOptions<T> {
  label: string;
  /** Shown in the box while nothing is typed: the chosen item's name. */
  value: string;
  keyOf: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  /** What the list holds, said to screen readers and shown under it. */
  describe: (count: number, query: string | null) => string;
  /** How to search, read with the box and shown under the whole list. */
  hint: string;
  /** The name of the button that opens the list. */
  openLabel: string;
  className?: string;
}

// Keeps focus in the text box when the list or its button is clicked.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * A text box that finds an item as one types, with the matches in a list
 * below it (WAI-ARIA combobox, list autocomplete). Only the rows in view
 * are drawn, so a list of thousands opens as fast as one of ten.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { label, value, keyOf, renderOption, describe, hint } = props;
  const id = useId();
  const box = useCombobox(props);
  const { open, matches, activeIndex } = box;
  const expanded = open && matches.length > 0;
  const optionId = (item: T) => `${id}-option-${keyOf(item)}`;
  const active = matches[activeIndex];
  const description = open ? describe(matches.length, box.query) : '';

  return (
    <div className={['combobox', props.className].filter(Boolean).join(' ')}>
      <label className="sr-only" htmlFor={`${id}-input`} id={`${id}-label`}>
        {label}
      </label>
      <div className="combobox-field">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={expanded ? `${id}-list` : undefined}
          aria-autocomplete="list"
          aria-activedescendant={
            expanded && active !== undefined ? optionId(active) : undefined
          }
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          title={value}
          value={box.query ?? value}
          onChange={(event) => box.type(event.target.value)}
          onKeyDown={box.onKeyDown}
          onClick={(event) => {
            if (open) return;
            box.openAtChosen();
            event.currentTarget.select();
          }}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={box.close}
        />
        <button
          type="button"
          className="combobox-button"
          tabIndex={-1}
          aria-label={props.openLabel}
          aria-expanded={expanded}
          aria-controls={expanded ? `${id}-list` : undefined}
          onMouseDown={keepFocus}
          onClick={(event) => {
            const input = event.currentTarget.previousElementSibling;
            if (input instanceof HTMLInputElement) input.focus();
            if (open) box.close();
            else box.openAtChosen();
          }}
        />
      </div>
      <span id={`${id}-hint`} className="sr-only">
        {hint}
      </span>
      <p role="status" className="sr-only">
        {description}
      </p>
      {open ? (
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- only keeps focus in the box; the list is used from it
        <div className="combobox-popup" onMouseDown={keepFocus}>
          {expanded ? (
            <ComboboxList
              id={`${id}-list`}
              labelledBy={`${id}-label`}
              matches={matches}
              activeIndex={activeIndex}
              scrollTop={box.scrollTop}
              rowPx={box.rowPx}
              onScroll={box.setScrollTop}
              optionId={optionId}
              keyOf={keyOf}
              isSelected={props.isSelected}
              renderOption={renderOption}
              onChoose={box.choose}
            />
          ) : null}
          <p className="combobox-count" aria-hidden="true">
            {description}
            {box.query === null ? <span>{hint}</span> : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
