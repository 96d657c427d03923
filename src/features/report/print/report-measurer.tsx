import type { Ref } from 'react';

import type { Report } from '@/domain/report/build-report';
import type { FlowColumn } from '@/domain/report/paginate';
import type { PrintRow } from '@/domain/report/print-pieces';
import type { ReportLabels } from '@/domain/report/report-text';

import { ReportHead, ReportTitle } from '../report-parts';
import { SignOff } from '../sign-off';
import { PageNumber } from './page-number';

function Paragraphs({ row, flow }: { row: PrintRow; flow: FlowColumn }) {
  // Styled as it prints (no-update words are in italics, which are wider).
  const noUpdate = flow === 'result' && row.noUpdate;
  return (
    <td data-flow={flow} className={noUpdate ? 'report-no-update' : undefined}>
      <div className="report-cell-body">
        {row.flows[flow].map((text, i) => (
          <div key={i} className="report-para">
            {text}
          </div>
        ))}
      </div>
    </td>
  );
}

function Repeated({ text }: { text: string }) {
  return (
    <td>
      <div className="report-cell-body" data-part="repeated">
        {text}
      </div>
    </td>
  );
}

interface MeasurerProps {
  report: Report;
  labels: ReportLabels;
  rows: PrintRow[];
  ref: Ref<HTMLElement>;
}

/**
 * One sheet at the printed size with every row in one table, never seen: it
 * is there to be measured (measure-print.ts). Each paragraph is its own
 * element with its text as one text node, so its lines can be found; the
 * continued title is laid out beside the title, out of the row's flow.
 */
export function ReportMeasurer({ report, labels, rows, ref }: MeasurerProps) {
  return (
    <div className="report-measurer" aria-hidden="true">
      <section className="report-sheet" ref={ref}>
        <div className="report-sheet-body">
          <ReportTitle labels={labels} />
          <table className="report-table">
            <ReportHead labels={labels} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.measureId}>
                  <th scope="row" className="report-measured-title">
                    <div className="report-cell-body" data-part="title">
                      {row.title}
                    </div>
                    <div className="report-probe" data-part="continued">
                      {row.continuedTitle}
                    </div>
                  </th>
                  <Paragraphs row={row} flow="methods" />
                  <Repeated text={row.period} />
                  <Paragraphs row={row} flow="result" />
                  <Paragraphs row={row} flow="suggestions" />
                  <Repeated text={row.units} />
                  <Paragraphs row={row} flow="outcome" />
                </tr>
              ))}
            </tbody>
          </table>
          <SignOff report={report} />
        </div>
        <PageNumber report={report} page={88} pages={88} />
      </section>
    </div>
  );
}
