import { useCombobox, type UseComboboxStateChange } from 'downshift';
import { useMemo, useRef, useState, type ReactNode } from 'react';

import { ComboboxList, type ComboboxListHandle } from './combobox-list';
import { comboboxStateReducer } from './combobox-state';

import './combobox.css';

interface ComboboxProps<T> {
  label: string;
  /** The chosen item, shown in the box while the list is closed. */
  selected: T;
  /** The matches of a text, in the order shown ('' for all). */
  search: (query: string) => readonly T[];
  onChoose: (item: T) => void;
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  renderOption: (item: T, chosen: boolean) => ReactNode;
  /** What the list holds, said to screen readers and shown under it. */
  describe: (count: number, query: string | null) => string;
  /** How to search, read with the box and shown under the whole list. */
  hint: string;
  /** The name of the button that opens the list. */
  openLabel: string;
  className?: string;
}

const types = useCombobox.stateChangeTypes;

/** The last search kept: downshift's reducer and the render ask the same. */
function lastSearch<T>(search: (query: string) => readonly T[]) {
  let last: { query: string; matches: readonly T[] } | undefined;
  return (query: string) => {
    if (last?.query !== query) last = { query, matches: search(query) };
    return last.matches;
  };
}

/**
 * A text box that finds an item as one types, with the matches in a list
 * below it: downshift's useCombobox (WAI-ARIA combobox, list autocomplete)
 * with the app's rules (combobox-state.ts), and a list that draws only the
 * rows in view, so thousands open as fast as ten.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { selected, keyOf, nameOf, renderOption, describe, hint } = props;
  const search = useMemo(() => lastSearch(props.search), [props.search]);
  const stateReducer = useMemo(() => comboboxStateReducer(search), [search]);
  // Held here, not in downshift, because the items depend on it: the list
  // is searched only while open (building the search is the cost).
  const [open, setOpen] = useState(false);
  /** What was typed since the list opened; null: the whole list. */
  const [query, setQuery] = useState<string | null>(null);
  const list = useRef<ComboboxListHandle>(null);
  const matches = open ? search(query ?? '') : [];
  const box = useCombobox<T>({
    items: matches as T[],
    isOpen: open,
    selectedItem: selected,
    itemToKey: (item) => (item === null ? null : keyOf(item)),
    itemToString: (item) => (item === null ? '' : nameOf(item)),
    stateReducer,
    // The list follows the keys itself: most rows are not drawn.
    scrollIntoView: () => undefined,
    onIsOpenChange: ({ isOpen }) => {
      setOpen(isOpen);
      if (!isOpen) setQuery(null);
    },
    onStateChange: (change) => follow(change),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem !== null) props.onChoose(selectedItem);
    },
  });
  const expanded = open && matches.length > 0;
  const label = box.getLabelProps();
  const hintId = `${label.id}-hint`;
  // Asked every render (downshift checks it is); drawn only while open.
  const menuProps = box.getMenuProps(
    { className: 'combobox-list' },
    { suppressRefError: true },
  );
  const description = open ? describe(matches.length, query) : '';

  /** Brings the row the keys moved to into view; the pointer's stays put. */
  function follow({ type, highlightedIndex }: UseComboboxStateChange<T>) {
    if (type === types.InputChange) list.current?.scrollToIndex(0);
    else if (
      highlightedIndex !== undefined &&
      highlightedIndex >= 0 &&
      type !== types.ItemMouseMove
    )
      list.current?.scrollToIndex(highlightedIndex);
  }

  return (
    <div className={['combobox', props.className].filter(Boolean).join(' ')}>
      <label className="sr-only" {...label}>
        {props.label}
      </label>
      <div className="combobox-field">
        <input
          {...box.getInputProps({
            // The box shows the item the app is on until one types.
            value: query === null ? nameOf(selected) : box.inputValue,
            title: nameOf(selected),
            spellCheck: false,
            'aria-describedby': hintId,
            // No list is shown when nothing matches.
            'aria-expanded': expanded,
            onChange: (event) => setQuery(event.currentTarget.value),
            onFocus: (event) => event.currentTarget.select(),
            onClick: (event) => {
              if (!open) event.currentTarget.select();
            },
          })}
        />
        <button
          type="button"
          className="combobox-button"
          {...box.getToggleButtonProps({
            'aria-label': props.openLabel,
            'aria-expanded': expanded,
            // Keeps focus in the text box, which the keys work from.
            onMouseDown: (event) => event.preventDefault(),
          })}
        />
      </div>
      <span id={hintId} className="sr-only">
        {hint}
      </span>
      <p role="status" className="sr-only">
        {description}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- only keeps focus in the box; the list is used from it */}
      <div
        className="combobox-popup"
        hidden={!open}
        onMouseDown={(event) => event.preventDefault()}
      >
        {expanded ? (
          <ComboboxList
            ref={list}
            menuProps={menuProps}
            matches={matches}
            highlightedIndex={box.highlightedIndex}
            chosenKey={keyOf(selected)}
            getItemProps={box.getItemProps}
            renderOption={renderOption}
            keyOf={keyOf}
          />
        ) : null}
        <p className="combobox-count" aria-hidden="true">
          {description}
          {query === null ? <span>{hint}</span> : null}
        </p>
      </div>
    </div>
  );
}
