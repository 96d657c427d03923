import { expect, test } from './fixtures';

// Another connection of an older schema that does not let go blocks the
// app's upgrade: the app says so, and opens by itself once it is released.
test('a database held by an old connection shows a waiting screen, then the app', async ({
  context,
}) => {
  const holder = await context.newPage();
  await holder.goto('/favicon.svg');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Version 10 is Dexie's version 1: an old app's connection.
        const request = indexedDB.open('ita-tracker', 10);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('offices', { keyPath: 'id' });
        request.onsuccess = () => {
          // Deliberately ignores versionchange, as a stuck old tab would.
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  const page = await context.newPage();
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'รอให้แท็บอื่นของแอปปิดก่อน' }),
  ).toBeVisible();

  await holder.evaluate(() =>
    (window as unknown as { held: IDBDatabase }).held.close(),
  );
  await expect(
    page.getByRole('heading', { name: 'ตั้งค่าหน่วยงาน' }),
  ).toBeVisible();
});
