/**
 * A read-write transaction that says why IndexedDB aborted it. When the disk
 * fills, Chromium aborts the transaction with QuotaExceededError, but the
 * error a command sees may be a later request's "transaction inactive". The
 * person must hear the real reason — the disk is full — to act on it.
 */
import type { Table, Transaction } from 'dexie';

import { db } from './app-db';

/**
 * `signal` cancels: the transaction is aborted where it stands, so nothing
 * of it is written (once it has committed, a cancel comes too late and the
 * write stands).
 */
export async function writeTransaction<T>(
  tables: readonly Table[],
  scope: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  let transaction: Transaction | undefined;
  const abort = () => {
    try {
      transaction?.abort();
    } catch {
      // Already committed or aborted: nothing left to stop.
    }
  };
  try {
    signal?.throwIfAborted();
    // An async function, so Dexie keeps the transaction across its awaits.
    return await db.transaction('rw', [...tables], async (tx) => {
      transaction = tx;
      signal?.throwIfAborted();
      signal?.addEventListener('abort', abort, { once: true });
      return await scope();
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // Set as soon as IndexedDB aborts, before its abort event is dispatched.
    throw transaction?.idbtrans?.error ?? error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}
