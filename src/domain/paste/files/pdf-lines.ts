/**
 * A PDF's text as printed lines: pdf.js gives text runs with their place on
 * the page; runs on one baseline are a line, runs of one line are joined with
 * a space where the PDF left a gap. Positions are in points from the page's
 * top left, as a reader sees the page.
 */

/** A run of text on a page. */
export interface PdfItem {
  text: string;
  /** Left edge and baseline, from the page's top left. */
  x: number;
  y: number;
  width: number;
  /** The font's size, roughly the height of a line of it. */
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfLine {
  y: number;
  height: number;
  items: PdfItem[];
}

/** The text of runs side by side: a space where they stand apart. */
export function joinItems(items: readonly PdfItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > item.height * 0.2 && !/\s$/.test(text)) {
      text += ' ';
    }
    text += item.text;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The page's lines, top to bottom, each one's runs left to right. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items
    .filter((item) => item.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of items) {
    const line = lines.at(-1);
    if (
      line &&
      Math.abs(item.y - line.y) <= Math.max(line.height, item.height) * 0.3
    ) {
      line.items.push(item);
      line.height = Math.max(line.height, item.height);
    } else {
      lines.push({ y: item.y, height: item.height, items: [item] });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** The usual distance between a line and the next, on the pages given: a cell's line pitch. */
export function linePitch(pages: readonly PdfLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (const [i, line] of lines.entries()) {
      const above = lines[i - 1];
      if (!above) continue;
      const step = Math.round((line.y - above.y) * 2) / 2;
      if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = 0;
  for (const [step, count] of counts) {
    if (count > most || (count === most && step < best)) {
      best = step;
      most = count;
    }
  }
  return best || 14;
}

/** Interface of the pdf.js document this needs, so the domain does not load pdf.js. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(number: number): Promise<{
    getViewport(options: { scale: number }): {
      width: number;
      height: number;
      convertToViewportPoint(x: number, y: number): number[];
    };
    getTextContent(): Promise<{ items: readonly object[] }>;
  }>;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(item: object): item is TextItemLike {
  return 'str' in item && 'transform' in item;
}

/** Every page's text runs with their places, read through pdf.js. */
export async function readPdfPages(
  document: PdfDocumentLike,
): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const item of content.items) {
      if (!isTextItem(item) || item.str.trim() === '') continue;
      const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
      const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
      const height = item.height || Math.hypot(c, d);
      items.push({ text: item.str, x, y, width: item.width, height });
    }
    pages.push({ width: viewport.width, height: viewport.height, items });
  }
  return pages;
}

/**
 * Why pdf.js could not open a PDF: it asks for a password, or it is none
 * that pdf.js can read. pdf.js names its errors (the classes are not all
 * exported), so the name is what tells them apart.
 */
export function pdfOpenError(error: unknown): 'encrypted' | 'broken' {
  const name = error instanceof Error ? error.name : '';
  return name === 'PasswordException' ? 'encrypted' : 'broken';
}
