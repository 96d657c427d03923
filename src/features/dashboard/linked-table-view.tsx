import { Link } from 'wouter';

import { ExportButtons } from '@/ui/export-buttons';

import { toTextTable, type LinkedCell, type LinkedTable } from './linked-table';

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

/** A dashboard table: caption, row headers, figures as links, and its export. */
export function LinkedTableView({
  table,
  caption,
  fileName,
  className,
}: LinkedTableViewProps) {
  return (
    <>
      <div className="table-scroll">
        <table className={['table', className].filter(Boolean).join(' ')}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {table.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      <CellContent cell={cell} />
                    </th>
                  ) : (
                    <td
                      key={index}
                      className={cell.numeric ? 'num' : undefined}
                    >
                      <CellContent cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
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
