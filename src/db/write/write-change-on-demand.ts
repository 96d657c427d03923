/**
 * writeChange (write-change.ts), loaded with the first change instead of
 * with the first screen: merging, the history bodies and the journal are
 * code the first screen needs only once a person saves something
 * (docs/performance.md). The same function, so still the one write path;
 * the commands of modules the first screen reads through (measures,
 * offices, updates, deadlines) call it through here.
 */
import Dexie from 'dexie';

import { NestedChangeError, type Change } from './change';
import type { ChangeWriter, WriteStrategy } from './write-change';

export async function writeChange<T>(
  change: Change,
  build: (writer: ChangeWriter) => Promise<T>,
  strategy?: WriteStrategy,
): Promise<T> {
  // Checked before the load: awaiting it would leave the caller's transaction.
  if (Dexie.currentTransaction) throw new NestedChangeError();
  const write = await import('./write-change');
  return write.writeChange(change, build, strategy);
}
