/**
 * Copying a table so that it pastes as a table: Word and Excel take the HTML
 * version, plain-text editors the tab-separated one. Browsers without rich
 * clipboard writing (or that refuse it) get the text alone.
 */
import { cellText, type TableCell, type TextTable } from './table-export';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** escapeHtml('<b>') === '&lt;b&gt;': the text is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

const cellHtml = (cell: TableCell) =>
  cellText(cell).split('\n').map(escapeHtml).join('<br>');

/** The title lines as paragraphs, then a bordered table whose header row repeats on each page in Word. */
export function tableToHtml(table: TextTable): string {
  const cell = 'border:1px solid #000;padding:4px;vertical-align:top';
  const title = table.title
    .map(
      (line) =>
        `<p style="text-align:center;font-weight:bold">${escapeHtml(line)}</p>`,
    )
    .join('');
  const head = table.headers
    .map((h) => `<th style="${cell}">${cellHtml(h)}</th>`)
    .join('');
  const body = [...table.rows, ...(table.totals ?? [])]
    .map(
      (row) =>
        `<tr>${row.map((c) => `<td style="${cell}">${cellHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `${title}<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Writes HTML and text to the clipboard; 'text' when only the text could go. */
export async function copyHtmlAndText(
  html: string,
  text: string,
): Promise<'html' | 'text'> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'html';
    } catch {
      // Some browsers refuse rich writes; plain text still pastes as cells.
    }
  }
  await navigator.clipboard.writeText(text);
  return 'text';
}
