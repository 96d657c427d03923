import { db } from '@/db/app-db';

/** A fresh, empty app database for each test. */
export async function resetDb(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
