/**
 * Plain IndexedDB, no Dexie and no app code: the limit the app is measured
 * against. The baseline's stores have the same keys and indexes as the app's
 * record tables (db/app-db.ts, schema v3), so both write the same index rows.
 */
export const RAW_DB = 'bench-raw';
export const APP_DB = 'ita-tracker';
export const RECORD_STORES = ['offices', 'measures', 'updates'] as const;

export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export async function deleteDatabase(name: string): Promise<void> {
  await done(indexedDB.deleteDatabase(name) as IDBRequest<unknown>);
}

/** Opens a database as it is, without upgrading it. */
export function openExisting(name: string): Promise<IDBDatabase> {
  return done(indexedDB.open(name));
}

/** A fresh baseline database with the app's record stores and indexes. */
export async function openFreshRaw(): Promise<IDBDatabase> {
  await deleteDatabase(RAW_DB);
  const request = indexedDB.open(RAW_DB, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('offices', { keyPath: 'id' });
    const measures = db.createObjectStore('measures', { keyPath: 'id' });
    measures.createIndex('[officeId+fiscalYear]', ['officeId', 'fiscalYear']);
    const updates = db.createObjectStore('updates', { keyPath: 'id' });
    updates.createIndex('measureId', 'measureId');
    updates.createIndex('officeId', 'officeId');
  };
  return done(request);
}
