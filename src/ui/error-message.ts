/**
 * Which message explains a failed save. Errors are recognised by name so that
 * ui/ needs no import of db/ (Dexie wraps a full disk as an AbortError whose
 * `inner` is the QuotaExceededError).
 */
export type SaveErrorKey =
  | 'errors.storageFull'
  | 'errors.recordGone'
  | 'errors.databaseNotEmpty'
  | 'errors.officeReadOnly'
  | 'errors.saveFailed';

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, inner, cause } = current as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
    };
    if (typeof name === 'string') found.push(name);
    current = inner ?? cause;
  }
  return found;
}

export function saveErrorKey(error: unknown): SaveErrorKey {
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'errors.storageFull';
  if (all.includes('RecordGoneError')) return 'errors.recordGone';
  if (all.includes('DatabaseNotEmptyError')) return 'errors.databaseNotEmpty';
  if (all.includes('OfficeReadOnlyError')) return 'errors.officeReadOnly';
  return 'errors.saveFailed';
}
