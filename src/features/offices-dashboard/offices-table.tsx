import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { OfficeComparisonRow } from '@/domain/dashboard/office-comparison';
import type { OfficeSort } from '@/domain/dashboard/office-table';
import { SortHead, TotalFoot } from '@/ui/column-table';
import { totalRow } from '@/ui/table-columns';
import { usePrinting } from '@/ui/use-printing';

import type { Column } from './columns';
import { OfficeRow } from './office-row';

interface OfficesTableProps {
  rows: readonly OfficeComparisonRow[];
  columns: readonly Column[];
  sort: OfficeSort;
  onSort: (sort: OfficeSort) => void;
  onOpen: (officeId: string, path: string) => void;
}

const ROW_HEIGHT = 45;
const HEADER_HEIGHT = 60;
const FOOTER_HEIGHT = ROW_HEIGHT;

/**
 * The comparison as one real table whose body is virtualised: only the rows
 * in view (and a few around) are in the page, so a province of hundreds of
 * offices scrolls smoothly; aria-rowcount and aria-rowindex tell assistive
 * technology where each rendered row sits. Printing renders every row.
 * The office names stay at the left while the figures scroll sideways, and
 * the total row stays at the bottom while the offices scroll by.
 */
export function OfficesTable(props: OfficesTableProps) {
  const { rows, columns, sort, onSort, onOpen } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  // The app does not use the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = printing
    ? rows.map((_, index) => ({ index, start: 0, end: 0 }))
    : virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = printing ? 0 : (items[0]?.start ?? 0);
  const after = printing ? 0 : total - (items.at(-1)?.end ?? 0);
  const totals = totalRow(columns, rows);

  return (
    <div
      ref={scroller}
      className="offices-scroller"
      // Focusable so the keyboard can scroll it, bringing the rows not yet
      // rendered into the page (WCAG 2.1.1; axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('officesCompare.tableLabel')}
      style={{
        height: `min(70vh, ${total + HEADER_HEIGHT + FOOTER_HEIGHT}px)`,
      }}
    >
      <table
        className="table offices-table"
        aria-rowcount={rows.length + (totals ? 2 : 1)}
      >
        <SortHead columns={columns} sort={sort} onSort={onSort} rowIndex={1} />
        <tbody>
          <Spacer height={before} columns={columns.length} />
          {items.map(({ index }) => {
            const row = rows[index];
            return row ? (
              <OfficeRow
                key={row.office.id}
                row={row}
                rowIndex={index + 2}
                columns={columns}
                measureRef={printing ? undefined : virtualizer.measureElement}
                dataIndex={index}
                onOpen={onOpen}
              />
            ) : null;
          })}
          <Spacer height={after} columns={columns.length} />
        </tbody>
        <TotalFoot
          totals={totals}
          columns={columns}
          rowIndex={rows.length + 2}
        />
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
