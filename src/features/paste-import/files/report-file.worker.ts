/**
 * Reads a report file's bytes, or pasted HTML, into rows off the main thread,
 * so a large document never freezes the page. The readers are pure
 * (domain/paste/files); this only carries their answer back.
 */
import type { ReportFileKind } from '@/domain/paste/files/file-kind';
import { readHtmlTable } from '@/domain/paste/files/html-table';
import {
  readReportFile,
  type RowsResult,
} from '@/domain/paste/files/read-report-file';
import type { ParseOptions } from '@/domain/paste/parse-options';

export type WorkerRequest =
  | { kind: Exclude<ReportFileKind, 'pdf'>; bytes: ArrayBuffer }
  | { kind: 'pdf'; bytes: ArrayBuffer; options: ParseOptions }
  | { kind: 'html'; html: string };

async function read(request: WorkerRequest): Promise<RowsResult> {
  if (request.kind === 'html')
    return { ok: true, rows: readHtmlTable(request.html) };
  if (request.kind === 'pdf') {
    // pdf.js is loaded only for a PDF: the other kinds need none of it.
    const { readPdf } = await import('./read-pdf');
    return readPdf(request.bytes, request.options);
  }
  return readReportFile(request.kind, new Uint8Array(request.bytes));
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  let result: RowsResult;
  try {
    result = await read(event.data);
  } catch {
    result = { ok: false, error: 'broken' };
  }
  self.postMessage(result);
};
