import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

import { usePrinting } from './use-printing';

import './virtual-table.css';

const ROW_HEIGHT = 45;

/** What a drawn row is given: its place, and a ref that measures its height. */
export interface VirtualRowProps {
  ref: ((row: HTMLTableRowElement | null) => void) | undefined;
  'data-index': number;
  /** 1-based, in the whole table: the head's rows come first. */
  'aria-rowindex': number;
}

interface VirtualTableProps {
  /** How many body rows there are. */
  count: number;
  /** The scrolling region's name, said when the keyboard reaches it. */
  label: string;
  /** The table's class. */
  className: string;
  /**
   * A row's height in pixels as first guessed, before it is drawn and
   * measured. Better a little high: measured lower, the list only gets
   * shorter, so End still reaches the last row.
   */
  rowHeight?: number;
  /** How many cells a row has: the spacers span them. */
  columns: number;
  /** The `<thead>`, of one row: its row index is 1. */
  head: ReactNode;
  headHeight?: number;
  /** The `<tfoot>`, of one row, if any: its row index is `count + 2`. */
  foot?: ReactNode;
  footHeight?: number;
  row: (index: number, props: VirtualRowProps) => ReactNode;
  /**
   * Whether printing draws every row (the default). False where the page
   * prints something else instead (the round page, its overdue list): a
   * nation's rows would be rendered only to be hidden.
   */
  printsRows?: boolean;
}

/**
 * One real table in a scrolling region of its own, whose body is
 * virtualised (@tanstack/react-virtual): only the rows in view and a few
 * around are in the page, so thousands of rows (8,000 offices) open and
 * scroll like a screenful; aria-rowcount and aria-rowindex tell assistive
 * technology where each drawn row sits. The region is focusable, so the
 * keyboard scrolls it and Tab reaches the drawn rows' controls. Printing
 * draws every row.
 */
export function VirtualTable(props: VirtualTableProps) {
  const { count, label, className, columns, head, foot } = props;
  const { rowHeight = ROW_HEIGHT, headHeight = 60 } = props;
  const { footHeight = foot ? rowHeight : 0 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const printing = usePrinting() && props.printsRows !== false;
  // The app does not use the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // The region's height before it is laid out (it is at most 70vh): the
    // first draw already holds a screenful of rows, not none, so the table
    // is not drawn a second time as soon as the region is measured.
    initialRect: { width: 0, height: Math.round(window.innerHeight * 0.7) },
  });
  const items = printing
    ? Array.from({ length: count }, (_, index) => ({ index, start: 0, end: 0 }))
    : virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = printing ? 0 : (items[0]?.start ?? 0);
  const after = printing ? 0 : total - (items.at(-1)?.end ?? 0);
  const measure = printing ? undefined : virtualizer.measureElement;
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      // Focusable so the keyboard can scroll it, bringing the rows not yet
      // rendered into the page (WCAG 2.1.1; axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={label}
      style={{
        height: `min(70vh, ${total + headHeight + footHeight}px)`,
      }}
    >
      <table className={className} aria-rowcount={count + (foot ? 2 : 1)}>
        {head}
        <tbody>
          <Spacer height={before} columns={columns} />
          {items.map(({ index }) =>
            props.row(index, {
              ref: measure,
              'data-index': index,
              'aria-rowindex': index + 2,
            }),
          )}
          <Spacer height={after} columns={columns} />
        </tbody>
        {foot}
      </table>
    </div>
  );
}

/** Stands in for the rows above or below the rendered ones, so the scrollbar is true. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0 }} />
    </tr>
  );
}
