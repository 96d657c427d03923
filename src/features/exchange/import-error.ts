/**
 * Which message explains an import that failed as a whole (issue 17): its
 * own, never the forms' "your typed text is still in the form". Errors are
 * told by name, as the import worker passes them (import-worker.ts); a
 * file's own faults are BundleErrors and never come here.
 */
export type ImportErrorKey =
  | 'exchange.importFailed.storageFull'
  | 'exchange.importFailed.tooBig'
  | 'exchange.importFailed.stopped'
  | 'exchange.importFailed.unexpected';

export interface ImportFailure {
  name: string;
  inner?: string;
  /** The worker itself died (out of memory, a crash): no error reached us. */
  crashed?: boolean;
}

export function importErrorKey(failure: ImportFailure): ImportErrorKey {
  if (failure.crashed) return 'exchange.importFailed.stopped';
  const names = [failure.name, failure.inner];
  if (names.includes('QuotaExceededError'))
    return 'exchange.importFailed.storageFull';
  // Out of memory or of stack: what the file asks is more than this device holds.
  if (names.includes('RangeError')) return 'exchange.importFailed.tooBig';
  return 'exchange.importFailed.unexpected';
}
