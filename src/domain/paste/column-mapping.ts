/**
 * Columns whose heading the app does not know, and what the person says they
 * are. A column is never dropped without a word: the parser lists each one
 * with its first values, and the person maps it to a field or says to ignore it.
 */
import {
  headingColumn,
  repeatKey,
  squashHeading,
  type ExtraHeadings,
} from './headings';
import type { PasteColumn } from './headings';
import { quote } from './issue';
import type { ParseOptions } from './parse-options';
import { collapse } from './read-cells';

/** A column the person is asked about. */
export interface UnknownColumn {
  /** The heading squashed (squashHeading): what a mapping is keyed by. */
  key: string;
  /** The heading as written, spaces collapsed. */
  heading: string;
  /** Its first values (at most FIRST_VALUES), each shortened for a glance. */
  values: string[];
  /** A known heading a second time: the field its first column is read as. */
  repeats?: PasteColumn;
}

/** What each unknown column is, by its key: a field, or 'ignore'. */
export type ColumnMapping = Readonly<Record<string, PasteColumn | 'ignore'>>;

const FIRST_VALUES = 2;

/** withColumnMapping(options, { หมายเหตุ: 'problems' }) → options that read that column as problems */
export function withColumnMapping(
  options: ParseOptions,
  mapping: ColumnMapping,
): ParseOptions {
  return { ...options, columnMapping: mapping };
}

/** The mapped columns as headings the header reader knows; ignored ones are left unknown. */
export function mappedHeadings(mapping: ColumnMapping = {}): ExtraHeadings {
  const map = new Map<string, PasteColumn>();
  for (const [key, column] of Object.entries(mapping)) {
    if (column !== 'ignore') map.set(key, column);
  }
  return map;
}

/** A header cell the app's own headings do not place. */
export interface UnknownCell {
  index: number;
  key: string;
  repeats?: PasteColumn;
}

/** The header cells with a heading that no known heading (the app's words included) matches. */
export function unknownCells(
  cells: readonly string[],
  extra: ExtraHeadings,
): UnknownCell[] {
  const taken = new Set<PasteColumn>();
  return cells.flatMap((cell, index): UnknownCell[] => {
    const key = squashHeading(cell);
    if (key === '') return [];
    const column = headingColumn(cell, extra);
    if (column === undefined) return [{ index, key }];
    if (taken.has(column)) {
      return [{ index, key: repeatKey(cell, index), repeats: column }];
    }
    taken.add(column);
    return [];
  });
}

/** Notes a header's unknown columns, each once however often the header repeats. */
export function noteHeading(
  found: Map<string, UnknownColumn>,
  cells: readonly string[],
  unknown: readonly UnknownCell[],
): void {
  for (const { index, key, repeats } of unknown) {
    if (!found.has(key)) {
      const heading = collapse(cells[index] ?? '');
      found.set(
        key,
        repeats
          ? { key, heading, values: [], repeats }
          : { key, heading, values: [] },
      );
    }
  }
}

/** Notes a data row's values in the unknown columns, until each has its first few. */
export function noteValues(
  found: Map<string, UnknownColumn>,
  cells: readonly string[],
  unknown: readonly UnknownCell[],
): void {
  for (const { index, key } of unknown) {
    const column = found.get(key);
    const value = quote(cells[index] ?? '');
    if (column && value !== '' && column.values.length < FIRST_VALUES) {
      column.values.push(value);
    }
  }
}
