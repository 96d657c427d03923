import type { Report } from '@/domain/report/build-report';
import type {
  PrintedParagraph,
  PrintPiece,
} from '@/domain/report/print-pieces';
import type { ReportLabels } from '@/domain/report/report-text';
import { SafeLink } from '@/ui/safe-link';

import { ReportHead, ReportTitle } from '../report-parts';
import { SignOff } from '../sign-off';
import { PageNumber } from './page-number';

export interface PrintPage {
  pieces: PrintPiece[];
  signOff: boolean;
}

function Flow({
  part,
  className,
}: {
  part: PrintedParagraph[];
  className?: string;
}) {
  return (
    <td className={className}>
      {part.map((paragraph, i) => (
        <div key={i} className="report-para">
          {paragraph.link ? <SafeLink href={paragraph.text} /> : paragraph.text}
        </div>
      ))}
    </td>
  );
}

/** A piece of a measure on one page: all its columns, the long ones cut where the page ends. */
function PieceRow({ piece }: { piece: PrintPiece }) {
  const { row, flows } = piece;
  return (
    <tr>
      <th scope="row">{piece.continued ? row.continuedTitle : row.title}</th>
      <Flow part={flows.methods} />
      <td>{row.period}</td>
      <Flow
        part={flows.result}
        className={row.noUpdate ? 'report-no-update' : undefined}
      />
      <Flow part={flows.suggestions} />
      <td>{row.units}</td>
      <Flow part={flows.outcome} />
    </tr>
  );
}

interface SheetsProps {
  report: Report;
  labels: ReportLabels;
  pages: PrintPage[];
  /** The pages were laid out with every font loaded. */
  ready: boolean;
}

/**
 * The report as it prints: a sheet per page, each begun explicitly, with the
 * header row, its pieces and its number; the title block on the first, the
 * sign-off on the last. Shown only in print (report.css).
 */
export function ReportSheets({ report, labels, pages, ready }: SheetsProps) {
  return (
    <div className="report-print" data-ready={ready}>
      {pages.map((page, index) => (
        <section key={index} className="report-sheet">
          <div className="report-sheet-body">
            {index === 0 ? <ReportTitle labels={labels} /> : null}
            <table className="report-table">
              <ReportHead labels={labels} />
              <tbody>
                {page.pieces.map((piece) => (
                  <PieceRow key={piece.key} piece={piece} />
                ))}
              </tbody>
            </table>
            {page.signOff ? <SignOff report={report} /> : null}
          </div>
          <PageNumber report={report} page={index + 1} pages={pages.length} />
        </section>
      ))}
    </div>
  );
}
