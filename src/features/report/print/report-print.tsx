import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

import type { Report } from '@/domain/report/build-report';
import { paginate } from '@/domain/report/paginate';
import { printPieces, printRows } from '@/domain/report/print-pieces';
import type { ReportLabels } from '@/domain/report/report-text';

import { lineStartOf, measurePrint } from './measure-print';
import { ReportMeasurer } from './report-measurer';
import { ReportSheets, type PrintPage } from './report-sheets';

/** Counts font loads, so the pages are laid out again once Sarabun is in. */
function useFontsLoaded(): number {
  const [loads, setLoads] = useState(0);
  useLayoutEffect(() => {
    const fonts = document.fonts;
    let live = true;
    const again = () => {
      if (live) setLoads((n) => n + 1);
    };
    void fonts.ready.then(again);
    fonts.addEventListener('loadingdone', again);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', again);
    };
  }, []);
  return loads;
}

/**
 * The printed report, paginated by the app rather than by the browser, so
 * that a measure cut by a page break goes on under its title with "(ต่อ)",
 * every page has its number, and the sign-off stays with the last rows:
 * the measurer is laid out at the printed width, measured, cut into pages
 * (domain/report/paginate.ts), and the pages are put in the document's body,
 * the only thing that prints while the report is open.
 */
export function ReportPrint({
  report,
  labels,
}: {
  report: Report;
  labels: ReportLabels;
}) {
  const { t } = useTranslation();
  const rows = useMemo(
    () =>
      printRows(report, labels, (title) => t('report.continued', { title })),
    [report, labels, t],
  );
  const measurer = useRef<HTMLElement>(null);
  const fontLoads = useFontsLoaded();
  const [layout, setLayout] = useState<{
    pages: PrintPage[];
    ready: boolean;
  }>({ pages: [], ready: false });

  useLayoutEffect(() => {
    const lay = () => {
      const sheet = measurer.current;
      const measured = sheet && measurePrint(sheet);
      if (!measured) return;
      const columns = measured.rows.map((row) => row.flows);
      const pages = paginate(measured.rows, measured.geometry).map((page) => ({
        signOff: page.signOff,
        pieces: printPieces(page.pieces, rows, columns, (r, c) => (p, line) => {
          const paragraph = measured.paragraphs[r]?.[c][p];
          return paragraph ? lineStartOf(paragraph, line) : 0;
        }),
      }));
      setLayout({ pages, ready: document.fonts.status === 'loaded' });
    };
    lay();
    // Printing from the browser's menu: laid out again with what is there now.
    const beforePrint = () => flushSync(lay);
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [rows, fontLoads]);

  return createPortal(
    <>
      <ReportMeasurer
        ref={measurer}
        report={report}
        labels={labels}
        rows={rows}
      />
      <ReportSheets report={report} labels={labels} {...layout} />
    </>,
    document.body,
  );
}
