import {
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type ReactNode,
} from 'react';

import { listWindow } from './list-window';
import { ROW_REM, VIEW_ROWS } from './use-combobox';

interface ComboboxListProps<T> {
  id: string;
  labelledBy: string;
  matches: readonly T[];
  activeIndex: number;
  scrollTop: number;
  rowPx: number;
  onScroll: (scrollTop: number) => void;
  optionId: (item: T) => string;
  keyOf: (item: T) => string;
  isSelected: (item: T) => boolean;
  renderOption: (item: T) => ReactNode;
  onChoose: (item: T) => void;
}

/**
 * The matches of a combobox as a listbox that draws only the rows in view
 * and a few around them; the space of the others is kept above and below
 * (::before, ::after), so the scrollbar is that of the whole list and a
 * screen reader hears "3 of 300" (aria-setsize, aria-posinset).
 */
export function ComboboxList<T>(props: ComboboxListProps<T>) {
  const { matches, activeIndex, scrollTop } = props;
  const list = useRef<HTMLDivElement>(null);
  // The list scrolls where the keys moved it; the wheel and scrollbar report back.
  useLayoutEffect(() => {
    const element = list.current;
    if (element && element.scrollTop !== scrollTop)
      element.scrollTop = scrollTop;
  }, [scrollTop]);
  const { start, end } = listWindow(
    matches.length,
    scrollTop,
    props.rowPx,
    VIEW_ROWS,
  );
  const space = {
    height: `${Math.min(matches.length, VIEW_ROWS) * ROW_REM}rem`,
    '--above': `${start * ROW_REM}rem`,
    '--below': `${(matches.length - end) * ROW_REM}rem`,
  } as CSSProperties;
  return (
    <div
      ref={list}
      role="listbox"
      id={props.id}
      aria-labelledby={props.labelledBy}
      className="combobox-list"
      style={space}
      onScroll={(event) => props.onScroll(event.currentTarget.scrollTop)}
    >
      {matches.slice(start, end).map((item, i) => (
        // Focus stays in the box, which the keys work from
        // (aria-activedescendant); a click is the pointer's way.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
        <div
          key={props.keyOf(item)}
          id={props.optionId(item)}
          role="option"
          aria-selected={props.isSelected(item)}
          aria-setsize={matches.length}
          aria-posinset={start + i + 1}
          className={
            start + i === activeIndex
              ? 'combobox-option is-active'
              : 'combobox-option'
          }
          style={{ height: `${ROW_REM}rem` }}
          onClick={() => props.onChoose(item)}
        >
          {props.renderOption(item)}
        </div>
      ))}
    </div>
  );
}
