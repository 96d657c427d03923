import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReportFileError } from '@/domain/paste/files/file-kind';
import type { RowsResult } from '@/domain/paste/files/read-report-file';
import type { TextRow } from '@/domain/paste/split-rows';

import { parseOptions } from './parse-options';

/**
 * Reading an opened or dropped file, or a pasted HTML table, into rows for
 * the paste import; reading writes nothing. The readers are loaded when first
 * needed, so they are no part of the first screen's JavaScript.
 */
export function useReportFile(onRows: (rows: readonly TextRow[]) => void) {
  const { i18n } = useTranslation();
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<ReportFileError | null>(null);
  // Only the last file opened is shown, however long an earlier one takes.
  const latest = useRef(0);
  // The page's reader changes with every render; the readings need not.
  const rowsTo = useRef(onRows);
  useEffect(() => {
    rowsTo.current = onRows;
  }, [onRows]);

  const run = useCallback(async (read: () => Promise<RowsResult>) => {
    const ticket = ++latest.current;
    setReading(true);
    setError(null);
    let result: RowsResult;
    try {
      result = await read();
    } catch {
      result = { ok: false, error: 'broken' };
    }
    if (ticket !== latest.current) return;
    setReading(false);
    if (result.ok) rowsTo.current(result.rows);
    else setError(result.error);
  }, []);

  const open = useCallback(
    (file: File) =>
      void run(async () => {
        const { readFileRows } = await import('./files/read-report-source');
        return readFileRows(file, parseOptions(i18n));
      }),
    [run, i18n],
  );

  const pasteHtml = useCallback(
    (html: string) =>
      void run(async () => {
        const { readHtmlRows } = await import('./files/read-report-source');
        return readHtmlRows(html);
      }),
    [run],
  );

  return { open, pasteHtml, reading, error };
}
