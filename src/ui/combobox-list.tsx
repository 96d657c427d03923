import { useVirtualizer } from '@tanstack/react-virtual';
import type { UseComboboxGetItemProps } from 'downshift';
import {
  useImperativeHandle,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';

/** Rows in view at once; the height of an option, in rem. */
const VIEW_ROWS = 8;
const ROW_REM = 3.375;

export interface ComboboxListHandle {
  scrollToIndex: (index: number) => void;
}

interface ComboboxListProps<T> {
  ref: Ref<ComboboxListHandle>;
  /** downshift's props of the listbox, which is also what scrolls. */
  menuProps: HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> };
  matches: readonly T[];
  highlightedIndex: number;
  chosenKey: string;
  getItemProps: UseComboboxGetItemProps<T>;
  keyOf: (item: T) => string;
  renderOption: (item: T, chosen: boolean) => ReactNode;
}

// Rows are sized in rem, so a person's larger text makes them taller.
const rowPx = () =>
  ROW_REM *
  (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

function setRef<E>(ref: Ref<E> | undefined, node: E | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}

/** The first row in view when `index` is in the middle of it, or as near as the ends allow. */
const centredFirst = (index: number, count: number) =>
  Math.max(
    0,
    Math.min(index - Math.floor((VIEW_ROWS - 1) / 2), count - VIEW_ROWS),
  );

/**
 * The matches of a combobox as a listbox that draws only the rows in view
 * and a few around them (@tanstack/react-virtual); the room of the others
 * is kept above and below (::before, ::after), so the scrollbar is the
 * whole list's and a screen reader hears "3 of 300" (aria-setsize,
 * aria-posinset). It is drawn anew each time the list opens.
 */
export function ComboboxList<T>(props: ComboboxListProps<T>) {
  const { matches, keyOf, chosenKey, getItemProps, renderOption } = props;
  const { ref: menuRef, ...menu } = props.menuProps;
  const scroller = useRef<HTMLDivElement | null>(null);
  const [row] = useState(rowPx);
  // The app does not use the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: matches.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => row,
    overscan: 3,
    // Opens with the active row (the chosen item) in the middle of the view.
    initialOffset: () =>
      centredFirst(props.highlightedIndex, matches.length) * row,
  });
  useImperativeHandle(
    props.ref,
    () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index) }),
    [virtualizer],
  );
  const rows = virtualizer.getVirtualItems();
  const space = {
    height: `${Math.min(matches.length, VIEW_ROWS) * ROW_REM}rem`,
    '--above': `${rows[0]?.start ?? 0}px`,
    '--below': `${virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0)}px`,
  } as CSSProperties;

  return (
    <div
      {...menu}
      ref={(node) => {
        scroller.current = node;
        setRef(menuRef, node);
      }}
      style={space}
    >
      {rows.map(({ index }) => {
        const item = matches[index];
        if (item === undefined) return null;
        const chosen = keyOf(item) === chosenKey;
        return (
          <div
            key={keyOf(item)}
            {...getItemProps({
              item,
              index,
              'aria-setsize': matches.length,
              'aria-posinset': index + 1,
            })}
            className={chosen ? 'combobox-option is-chosen' : 'combobox-option'}
            style={{ height: `${ROW_REM}rem` }}
          >
            {renderOption(item, chosen)}
          </div>
        );
      })}
    </div>
  );
}
