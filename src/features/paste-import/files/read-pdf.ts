/**
 * A PDF's rows through pdf.js, which parses in its own worker; only the
 * text positions come back, and rebuilding the table from them is a pass
 * over a few thousand runs. Loaded on demand: pdf.js is not on the first screen.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

import { gridFromPdf } from '@/domain/paste/files/pdf-grid';
import {
  pdfOpenError,
  readPdfPages,
  type PdfDocumentLike,
} from '@/domain/paste/files/pdf-lines';
import type { RowsResult } from '@/domain/paste/files/read-report-file';
import type { ParseOptions } from '@/domain/paste/parse-options';

GlobalWorkerOptions.workerSrc = workerUrl;

export async function readPdf(
  bytes: ArrayBuffer,
  options: ParseOptions,
): Promise<RowsResult> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
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
  }
}
