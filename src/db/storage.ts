/**
 * Storage safety: ask the browser to keep the data (persistent storage) after
 * the first meaningful save, and report how much space is used. Browsers may
 * answer no (Chromium does for an uninstalled site): the app works either way
 * and settings says what to do.
 */
let asked = false;

/** Asks once per session, after a save; never blocks or fails the save. */
export function requestPersistenceOnce(): void {
  if (asked) return;
  asked = true;
  void requestPersistence();
}

export async function requestPersistence(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

export interface StorageState {
  persisted: boolean;
  /** Bytes; undefined when the browser does not say. */
  usage?: number;
  quota?: number;
}

export async function readStorageState(): Promise<StorageState> {
  try {
    const [persisted, estimate] = await Promise.all([
      navigator.storage?.persisted?.() ?? false,
      navigator.storage?.estimate?.(),
    ]);
    return { persisted, usage: estimate?.usage, quota: estimate?.quota };
  } catch {
    return { persisted: false };
  }
}
