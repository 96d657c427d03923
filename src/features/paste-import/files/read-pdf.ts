/**
 * A PDF's rows through pdf.js. Runs inside the reading worker
 * (report-file.worker.ts), never on the page's thread: rebuilding the table
 * from the text runs of a 30-page report is most of a second of work. pdf.js
 * still parses in a worker of its own, started from this one, and only the
 * text positions come back. Loaded on demand, for a PDF only.
 */
import { getDocument, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

import { gridFromPdf } from '@/domain/paste/files/pdf-grid';
import {
  pdfOpenError,
  readPdfPages,
  type PdfDocumentLike,
} from '@/domain/paste/files/pdf-lines';
import type { RowsResult } from '@/domain/paste/files/read-report-file';
import type { ParseOptions } from '@/domain/paste/parse-options';

export async function readPdf(
  bytes: ArrayBuffer,
  options: ParseOptions,
): Promise<RowsResult> {
  // pdf.js starts its worker only where there is a `window` (it checks the
  // worker's origin against window.location), and otherwise parses on the
  // calling thread through a stand-in that never answers here. Its worker is
  // started here and handed over as the port it talks to.
  const port = new Worker(workerUrl, { type: 'module' });
  const worker = PDFWorker.create({ port });
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    worker,
  });
  try {
    const document = await task.promise;
    const grid = gridFromPdf(
      await readPdfPages(document as unknown as PdfDocumentLike),
      options,
    );
    return grid.ok ? grid : { ok: false, error: 'pdfNoText' };
  } catch (error) {
    return { ok: false, error: pdfOpenError(error) };
  } finally {
    await task.destroy();
    // A worker given as a port is the caller's to end: pdf.js leaves it running.
    worker.destroy();
    port.terminate();
  }
}
