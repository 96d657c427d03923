/**
 * The state of an editable combobox with a list popup (WAI-ARIA APG,
 * "list autocomplete"): the text typed, whether the list shows, which
 * match the arrow keys are on (focus stays in the text box, the list
 * follows through aria-activedescendant), and where the list is scrolled,
 * so the match the keys move to is always among the rows drawn.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';

import { scrollToCentre, scrollToShow } from './list-window';

/** Rows in view at once; the height of an option, in rem. */
export const VIEW_ROWS = 8;
export const ROW_REM = 3.375;

export interface ComboboxOptions<T> {
  /** The matches of a text, in the order shown ('' for all). */
  search: (query: string) => readonly T[];
  isSelected: (item: T) => boolean;
  onChoose: (item: T) => void;
}

// Rows are sized in rem, so a person's larger text makes them taller.
const measureRow = () =>
  ROW_REM *
  (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

export function useCombobox<T>({
  search,
  isSelected,
  onChoose,
}: ComboboxOptions<T>) {
  const [open, setOpen] = useState(false);
  /** What was typed; null while the box shows the chosen item. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [scrollTop, setScrollTop] = useState(0);
  const [rowPx, setRowPx] = useState(16 * ROW_REM);
  const matches = useMemo(
    () => (open ? search(query ?? '') : []),
    [open, query, search],
  );
  // Another tab may change the items while the list is open.
  const activeIndex = Math.min(active, matches.length - 1);

  /** Shows the matches of `text` with `index(list)` active. */
  function show(text: string | null, index: (list: readonly T[]) => number) {
    const list = search(text ?? '');
    const at = index(list);
    const row = measureRow();
    setOpen(true);
    setQuery(text);
    setActive(at);
    setRowPx(row);
    setScrollTop(scrollToCentre(at, list.length, row, VIEW_ROWS));
  }
  /** Opens the whole list at the chosen item, as a select would. */
  const openAtChosen = () =>
    show(null, (list) => Math.max(0, list.findIndex(isSelected)));
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  function move(to: number) {
    if (matches.length === 0) return;
    const index = Math.max(0, Math.min(matches.length - 1, to));
    setActive(index);
    setScrollTop((top) => scrollToShow(index, top, rowPx, VIEW_ROWS));
  }
  function choose(item: T) {
    onChoose(item);
    close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        handled();
        if (event.altKey) {
          if (event.key === 'ArrowUp') close();
          else if (!open) openAtChosen();
        } else if (!open) openAtChosen();
        else move(activeIndex + (event.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'PageDown':
      case 'PageUp':
        if (!open) break;
        handled();
        move(
          activeIndex + (event.key === 'PageDown' ? 1 : -1) * (VIEW_ROWS - 1),
        );
        break;
      case 'Enter': {
        const item = matches[activeIndex];
        if (open && item !== undefined) {
          handled();
          choose(item);
        }
        break;
      }
      case 'Escape':
        if (open || query !== null) {
          handled();
          close();
        }
        break;
    }
  }

  return {
    open,
    query,
    matches,
    activeIndex,
    scrollTop,
    setScrollTop,
    rowPx,
    openAtChosen,
    close,
    choose,
    onKeyDown,
    /** Typing filters the list; the first match is where Enter goes. */
    type: (text: string) => show(text, (list) => (list.length > 0 ? 0 : -1)),
  };
}
