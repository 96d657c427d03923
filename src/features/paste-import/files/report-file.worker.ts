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

export type WorkerRequest =
  | { kind: Exclude<ReportFileKind, 'pdf'>; bytes: ArrayBuffer }
  | { kind: 'html'; html: string };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let result: RowsResult;
  try {
    result =
      request.kind === 'html'
        ? { ok: true, rows: readHtmlTable(request.html) }
        : await readReportFile(request.kind, new Uint8Array(request.bytes));
  } catch {
    result = { ok: false, error: 'broken' };
  }
  self.postMessage(result);
};
