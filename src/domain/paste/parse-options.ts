/** What the app tells the report reader besides the rows: its own words and the person's column mapping. */
import type { ColumnMapping } from './column-mapping';
import type { PasteColumn } from './headings';

export interface ParseOptions {
  /** The app's own words for the headings in each language, so its exports read back. */
  headings?: Partial<Record<PasteColumn, readonly string[]>>;
  /** The app's own words for ทุกส่วนราชการ in each language. */
  allUnitsWords?: readonly string[];
  /** What the app's report says for "no update in this round", in each language. */
  noUpdateWords?: readonly string[];
  /** The app's label of problems and obstacles in the results column, in each language. */
  problemsWords?: readonly string[];
  /** What the person said the columns of unknown headings are (column-mapping.ts). */
  columnMapping?: ColumnMapping;
}
