/**
 * What an import's analysis reports and hands on to the write, whichever
 * way each file is read (analyze-files.ts).
 */
import { BundleError, type BundleErrorReason } from '@/bundle/bundle-error';
import type { InvalidRecord } from '@/bundle/record-problems';
import type { ImportFile } from '@/db/exchange/import-files';
import type { Counts } from '@/db/exchange/plan-import';
import type { HeldGroup, NewTrust } from '@/db/keys/trust-book';

export type Phase = 'read' | 'check' | 'plan' | 'write';
/** What `done` and `total` count: files, bytes of a file, or records. */
export type ProgressUnit = 'files' | 'bytes' | 'records';
export type OnProgress = (
  phase: Phase,
  done: number,
  total: number,
  unit: ProgressUnit,
) => void;

export interface FileOutcome {
  name: string;
  records: number;
  /** Who sent it: the device as its person named it, and the key that signed it (none: unsigned). */
  sender?: { device: string; fingerprint?: string };
  error?: {
    reason: BundleErrorReason;
    details: Record<string, string | number>;
  };
}

export interface OfficePreview {
  officeId: string;
  name: string;
  counts: Counts;
}

export interface ImportPreview {
  files: FileOutcome[];
  offices: OfficePreview[];
  invalid: { file: string; record: InvalidRecord }[];
  /** Records the files may not change unless a person says so (keys/trust-book.ts). */
  held: HeldGroup[];
  /** Keys trusted on first use by this import. */
  firstUse: NewTrust[];
}

/** What the write needs of the analysis: the files, as they were read. */
export interface Analyzed {
  files: ImportFile[];
}

/** A file's bytes, or why it was refused. */
export interface Loaded {
  name: string;
  bytes?: Blob;
  outcome?: FileOutcome;
}

/** The outcome of a file refused as a whole; other errors are bugs. */
export function refused(name: string, error: unknown): FileOutcome {
  if (!(error instanceof BundleError)) throw error;
  return {
    name,
    records: 0,
    error: { reason: error.reason, details: error.details },
  };
}

/**
 * Opens each loaded file with `open`: a file that could not be loaded
 * keeps its outcome, one that `open` refuses gets the reason, and the
 * others their count of records.
 */
export async function openEach<T>(
  loaded: readonly Loaded[],
  open: (
    name: string,
    bytes: Blob,
  ) => Promise<{ value: T; records: number; sender?: FileOutcome['sender'] }>,
): Promise<{ outcomes: FileOutcome[]; opened: T[] }> {
  const outcomes: FileOutcome[] = [];
  const opened: T[] = [];
  for (const { name, bytes, outcome } of loaded) {
    if (!bytes) {
      if (outcome) outcomes.push(outcome);
      continue;
    }
    try {
      const { value, records, sender } = await open(name, bytes);
      opened.push(value);
      outcomes.push({ name, records, ...(sender ? { sender } : {}) });
    } catch (error) {
      outcomes.push(refused(name, error));
    }
  }
  return { outcomes, opened };
}
