/**
 * What the paste page hands the readers: a file a person opened or dropped,
 * or the HTML a paste brought. A file is judged by its size and first bytes
 * before it is read (a 200 MB file is refused unread); every kind is read in
 * a worker. A PDF too: pdf.js parses in a worker of its own, but rebuilding
 * the table from its text runs took the page's thread for most of a second
 * on a 30-page report, so the reading worker runs pdf.js and the rebuild.
 */
import { fileKind, HEAD_LENGTH } from '@/domain/paste/files/file-kind';
import type { RowsResult } from '@/domain/paste/files/read-report-file';
import type { ParseOptions } from '@/domain/paste/parse-options';

import type { WorkerRequest } from './report-file.worker';

function inWorker(request: WorkerRequest, transfer: Transferable[] = []) {
  return new Promise<RowsResult>((resolve) => {
    const worker = new Worker(
      new URL('./report-file.worker.ts', import.meta.url),
      { type: 'module' },
    );
    const done = (result: RowsResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<RowsResult>) => done(event.data);
    worker.onerror = () => done({ ok: false, error: 'broken' });
    worker.postMessage(request, transfer);
  });
}

/** readReportSource(file of a .docx) → its rows, or why it cannot be read */
export async function readFileRows(
  file: File,
  options: ParseOptions,
): Promise<RowsResult> {
  const head = new Uint8Array(
    file.size > 0 ? await file.slice(0, HEAD_LENGTH).arrayBuffer() : [],
  );
  const kind = fileKind(file.name, file.size, head);
  if (!kind.ok) return kind;
  const bytes = await file.arrayBuffer();
  return inWorker(
    kind.kind === 'pdf'
      ? { kind: 'pdf', bytes, options }
      : { kind: kind.kind, bytes },
    [bytes],
  );
}

/** The rows of a table pasted as HTML (Word, Excel, LibreOffice, Google Docs). */
export function readHtmlRows(html: string): Promise<RowsResult> {
  return inWorker({ kind: 'html', html });
}
