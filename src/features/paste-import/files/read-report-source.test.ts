import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { RowsResult } from '@/domain/paste/files/read-report-file';

import { readFileRows } from './read-report-source';
import type { WorkerRequest } from './report-file.worker';

// pdf.js on the page's thread: the PDF path must not come here.
const readPdf = vi.hoisted(() => vi.fn());
vi.mock('./read-pdf', () => ({ readPdf }));

/** A worker that keeps what it was sent and answers as the reading worker would. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static answer: RowsResult = { ok: true, rows: [] };
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: RowsResult }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.sent.push(request);
    queueMicrotask(() => this.onmessage?.({ data: FakeWorker.answer }));
  }
  terminate() {
    this.terminated = true;
  }
}

const pdfFile = () =>
  new File(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'], 'รายงาน.pdf', {
    type: 'application/pdf',
  });

describe('readFileRows of a PDF', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    readPdf.mockReset();
  });

  test('reads it in the module worker with the parse options, not on the page', async () => {
    FakeWorker.answer = { ok: true, rows: [{ line: 1, cells: ['ชื่อมาตรการ'] }] };
    const options = { allUnitsWords: ['ทุกส่วนราชการ'] };
    const result = await readFileRows(pdfFile(), options);
    expect(readPdf).not.toHaveBeenCalled();
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    expect(String(worker?.url)).toMatch(/report-file\.worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.sent).toHaveLength(1);
    const request = worker?.sent[0];
    expect(request?.kind).toBe('pdf');
    expect(request && 'options' in request && request.options).toEqual(options);
    expect(result).toEqual(FakeWorker.answer);
    expect(worker?.terminated).toBe(true);
  });

  test("the worker's bad-file answer comes through", async () => {
    FakeWorker.answer = { ok: false, error: 'encrypted' };
    expect(await readFileRows(pdfFile(), {})).toEqual({
      ok: false,
      error: 'encrypted',
    });
  });
});
