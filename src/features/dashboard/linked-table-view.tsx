import { Link } from 'wouter';

import { ExportButtons } from '@/ui/export-buttons';

import {
  isNumericColumn,
  toTextTable,
  type LinkedCell,
  type LinkedRow,
  type LinkedTable,
} from './linked-table';

interface LinkedTableViewProps {
  table: LinkedTable;
  caption: string;
  fileName: string;
  className?: string;
}

function CellContent({ cell }: { cell: LinkedCell }) {
  if (!cell.href) return <>{cell.text}</>;
  return (
    <Link href={cell.href} aria-label={cell.label}>
      {cell.text}
    </Link>
  );
}

function Row({ row, numeric }: { row: LinkedRow; numeric: boolean[] }) {
  return (
    <tr>
      {row.cells.map((cell, index) =>
        index === 0 ? (
          <th key={index} scope="row">
            <CellContent cell={cell} />
          </th>
        ) : (
          <td key={index} className={numeric[index] ? 'num' : undefined}>
            <CellContent cell={cell} />
          </td>
        ),
      )}
    </tr>
  );
}

/**
 * A dashboard table: caption, row headers, figures as links, a total when
 * there is one, and its export. A figure's heading is aligned as its figures
 * (right), so each number sits under its own heading.
 */
export function LinkedTableView({
  table,
  caption,
  fileName,
  className,
}: LinkedTableViewProps) {
  const numeric = table.headers.map((_, i) => isNumericColumn(table, i));
  return (
    <>
      <div className="table-scroll">
        <table className={['table', className].filter(Boolean).join(' ')}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {table.headers.map((header, i) => (
                <th
                  key={header}
                  scope="col"
                  className={numeric[i] ? 'num' : undefined}
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <Row key={row.key} row={row} numeric={numeric} />
            ))}
          </tbody>
          {table.totals ? (
            <tfoot>
              {table.totals.map((row) => (
                <Row key={row.key} row={row} numeric={numeric} />
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
      <ExportButtons
        table={toTextTable(table, caption)}
        name={caption}
        fileName={fileName}
      />
    </>
  );
}
