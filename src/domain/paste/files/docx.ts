/**
 * A report's table from a .docx: the document's XML (word/document.xml in
 * the zip) read as Word wrote it: paragraphs outside tables are the title
 * block, each table row a row, each cell its paragraphs as lines. Cells
 * merged across (gridSpan) or down (vMerge) leave the columns where they were.
 */
import { strFromU8, unzipSync } from 'fflate';

import type { TextRow } from '../split-rows';
import { GridBuilder } from './grid-builder';
import { markupEvents } from './markup';

/** Thrown when the bytes are not a Word document the reader can open. */
export class DocumentError extends Error {
  constructor(readonly reason: 'broken' | 'encrypted') {
    super(reason);
  }
}

/** readDocumentXml('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ก</w:t></w:r></w:p></w:tc></w:tr></w:tbl>') → [{ line: 1, cells: ['ก'] }] */
export function readDocumentXml(xml: string): TextRow[] {
  const grid = new GridBuilder();
  let inText = false;
  let cell: { span: number } | null = null;
  let cellOpen = false;
  // A cell's properties (span, merge) come before its paragraphs: it is
  // opened at its first paragraph, or when it closes.
  const openCell = () => {
    if (!cell || cellOpen) return;
    grid.startCell(cell.span);
    cellOpen = true;
  };
  let merged = false;
  for (const event of markupEvents(xml, 'xml')) {
    if (event.kind === 'text') {
      if (inText && !merged) grid.text(event.text);
      continue;
    }
    const { name } = event;
    if (event.kind === 'open') {
      switch (name) {
        case 'w:tbl':
          grid.startTable();
          break;
        case 'w:tr':
          grid.startRow();
          break;
        case 'w:tc':
          cell = { span: 1 };
          cellOpen = false;
          merged = false;
          break;
        case 'w:gridspan':
          if (cell) cell.span = Number(event.attrs.get('w:val') ?? 1) || 1;
          break;
        case 'w:vmerge':
          // <w:vMerge/> continues the cell above; w:val="restart" starts one.
          // Its own text, if any, is left out: the cell above holds the text.
          if (cell && event.attrs.get('w:val') !== 'restart') merged = true;
          break;
        case 'w:p':
          openCell();
          grid.paragraph();
          break;
        case 'w:t':
          inText = !event.self;
          break;
        case 'w:tab':
          if (!merged) grid.text(cell ? ' ' : '\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (!merged) grid.paragraph();
          break;
      }
      continue;
    }
    if (name === 'w:t') inText = false;
    else if (name === 'w:tc') {
      openCell();
      grid.endCell();
      cell = null;
      merged = false;
    } else if (name === 'w:tr') grid.endRow();
    else if (name === 'w:tbl') grid.endTable();
    else if (name === 'w:p') grid.paragraph();
  }
  return grid.finish();
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** The rows of a .docx file's tables and paragraphs. */
export function readDocx(bytes: Uint8Array): TextRow[] {
  // Word saves a document with a password as an OLE file holding the encrypted zip.
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new DocumentError('encrypted');
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name === 'word/document.xml',
    });
  } catch {
    throw new DocumentError('broken');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new DocumentError('broken');
  return readDocumentXml(strFromU8(xml));
}
