/**
 * What the bench page (bench/page) offers the runner (bench/runner) on
 * `window.bench`. Each call measures inside the page, with
 * `performance.now()`, so the runner's own round trips are never counted.
 */
import type { ScaleName } from './scales';

export interface Generated {
  scale: ScaleName;
  offices: number;
  measures: number;
  updates: number;
  bundleBytes: number;
  ms: number;
}

/** Milliseconds spent in each named step of one measured operation. */
export type Phases = Record<string, number>;

export interface Timed {
  ms: number;
  phases?: Phases;
  /** Whatever the operation produced, to check it did the whole job. */
  count?: number;
  bytes?: number;
}

export interface BenchApi {
  generate(scale: ScaleName, seed: number): Promise<Generated>;
  /** Raw IndexedDB: every record put one per row, in one transaction. */
  rawImport(): Promise<Timed>;
  /** The app's import worker, on an emptied app database. */
  appImport(): Promise<Timed>;
  /** gatherExport of everything, then the file the download would save. */
  appExport(): Promise<Timed>;
  /** Raw getAll of the same tables, then JSON.stringify. */
  rawExport(): Promise<Timed>;
  /** Raw getAll of every update: what the dashboard must beat. */
  rawReadUpdates(): Promise<Timed>;
  /** Opens the first imported office at its latest year, as a first import does. */
  selectFirstOffice(): Promise<void>;
  /** Puts every imported office on the expected list (the round page's); returns how many. */
  expectAllOffices(): Promise<number>;
  /** Removes the baseline's database, so later figures see only the app's. */
  dropRawDatabase(): Promise<void>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
