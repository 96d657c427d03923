import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { RankedRow, RoundSort } from '@/domain/reporting/round-table';
import { SortHead } from '@/ui/column-table';

import type { RoundColumn } from './round-columns';

interface RoundTableProps {
  rows: readonly RankedRow[];
  columns: readonly RoundColumn[];
  sort: RoundSort;
  onSort: (sort: RoundSort) => void;
}

const ROW_HEIGHT = 45;
const HEADER_HEIGHT = 60;

/**
 * The expected offices as one real table whose body is virtualised, as the
 * offices comparison is: at 8,000 offices only the rows in view (and a few
 * around) are in the page, so opening and sorting draw a screenful, not a
 * nation; aria-rowcount and aria-rowindex say where each drawn row sits.
 * The page prints the overdue checklist, not this table.
 */
export function RoundTable({ rows, columns, sort, onSort }: RoundTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = items[0]?.start ?? 0;
  const after = total - (items.at(-1)?.end ?? 0);
  const [nameColumn, ...rest] = columns;
  return (
    <div
      ref={scroller}
      className="round-scroller"
      // Focusable so the keyboard can scroll it, bringing the rows not yet
      // rendered into the page (WCAG 2.1.1; axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('roundPage.tableLabel')}
      style={{ height: `min(70vh, ${total + HEADER_HEIGHT}px)` }}
    >
      <table className="table round-table" aria-rowcount={rows.length + 1}>
        <SortHead columns={columns} sort={sort} onSort={onSort} rowIndex={1} />
        <tbody>
          <Spacer height={before} columns={columns.length} />
          {items.map(({ index }) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <tr
                key={row.office.id}
                ref={virtualizer.measureElement}
                data-index={index}
                aria-rowindex={index + 2}
                className={`round-row-${row.state.state}`}
              >
                <th scope="row">{nameColumn?.text(row)}</th>
                {rest.map((column) => (
                  <td
                    key={column.key}
                    className={column.numeric ? 'num' : undefined}
                  >
                    {column.text(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          <Spacer height={after} columns={columns.length} />
        </tbody>
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
