/**
 * A read-write transaction that says why IndexedDB aborted it. When the disk
 * fills, Chromium aborts the transaction with QuotaExceededError, but the
 * error a command sees may be a later request's "transaction inactive". The
 * person must hear the real reason — the disk is full — to act on it.
 */
import type { Table, Transaction } from 'dexie';

import { db } from './app-db';

export async function writeTransaction<T>(
  tables: readonly Table[],
  scope: () => Promise<T>,
): Promise<T> {
  let transaction: Transaction | undefined;
  try {
    // An async function, so Dexie keeps the transaction across its awaits.
    return await db.transaction('rw', [...tables], async (tx) => {
      transaction = tx;
      return await scope();
    });
  } catch (error) {
    // Set as soon as IndexedDB aborts, before its abort event is dispatched.
    throw transaction?.idbtrans?.error ?? error;
  }
}
