/**
 * Building a report's rows of cells from a document's structure: text
 * outside tables becomes one-cell rows (the title block, where the fiscal
 * year is read), each table row a row, each cell its paragraphs joined by line
 * breaks. The readers of HTML and of .docx drive it with what they find.
 */
import { cleanPastedText, type TextRow } from '../split-rows';

/** A cell's text: paragraphs trimmed, spaces collapsed, empty ones dropped. */
function cellText(paragraphs: readonly string[]): string {
  return cleanPastedText(paragraphs.join('\n'))
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export class GridBuilder {
  private readonly rows: string[][] = [];
  private depth = 0;
  private row: string[] | null = null;
  private cell: string[] | null = null;
  private outside: string[] = [''];
  /** Columns a cell above still covers (rowspan), by index: rows left. */
  private covered = new Map<number, number>();
  private span = 1;
  private down = 1;

  text(text: string) {
    const target = this.cell ?? (this.depth === 0 ? this.outside : null);
    if (!target) return; // text between a table's rows is layout, not content
    target[target.length - 1] += text;
  }

  paragraph() {
    const target = this.cell ?? (this.depth === 0 ? this.outside : null);
    if (target && target.at(-1) !== '') target.push('');
  }

  startTable() {
    if (this.depth === 0) this.flushOutside();
    this.depth++;
    if (this.depth > 1) this.paragraph(); // a table in a cell stays in the cell
  }

  endTable() {
    if (this.depth === 0) return;
    this.depth--;
    if (this.depth === 0) {
      this.endRow();
      this.covered.clear();
    }
  }

  startRow() {
    if (this.depth !== 1) return this.paragraph();
    this.endRow();
    this.row = [];
    this.skipCovered();
  }

  endRow() {
    if (this.depth > 1) return;
    this.endCell();
    if (this.row) {
      this.skipCovered();
      this.rows.push(this.row);
      for (const [column, left] of this.covered) {
        if (left <= 1) this.covered.delete(column);
        else this.covered.set(column, left - 1);
      }
    }
    this.row = null;
  }

  /** span: columns it takes (colspan); down: rows it takes (rowspan). */
  startCell(span = 1, down = 1) {
    if (this.depth > 1) return this.paragraph();
    if (this.depth === 0) return;
    this.endCell();
    if (!this.row) this.startRow();
    this.skipCovered();
    this.cell = [''];
    this.span = Math.max(1, Math.min(span, 50));
    this.down = Math.max(1, Math.min(down, 500));
  }

  endCell() {
    if (this.depth > 1 || !this.cell || !this.row) return;
    const at = this.row.length;
    this.row.push(cellText(this.cell));
    for (let i = 1; i < this.span; i++) this.row.push('');
    if (this.down > 1) {
      for (let i = 0; i < this.span; i++) this.covered.set(at + i, this.down);
    }
    this.cell = null;
    this.skipCovered();
  }

  /** Cells of rows above that reach into this row: empty here, as a copy gives them. */
  private skipCovered() {
    if (!this.row) return;
    while (this.covered.has(this.row.length) && this.row.length < 1000) {
      this.row.push('');
    }
  }

  private flushOutside() {
    for (const line of cellText(this.outside).split('\n')) {
      if (line !== '') this.rows.push([line]);
    }
    this.outside = [''];
  }

  finish(): TextRow[] {
    while (this.depth > 0) this.endTable();
    this.flushOutside();
    // Typed text (a .docx, an HTML table): its spaces are the author's, no
    // printed line wrapped in it, so none is proposed for removal.
    return this.rows.map((cells, i) => ({ line: i + 1, cells, breaks: [] }));
  }
}
