// Helpers for the offline-first specs: service-worker control and a look
// into the app's stores, done from the page the way the app itself sees them.
import { expect, type Page } from '@playwright/test';

/** Waits until a service worker controls the page (clientsClaim on first load). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The script URL of the worker controlling the page, or null. */
export function controllerScript(page: Page): Promise<string | null> {
  return page.evaluate(
    () => navigator.serviceWorker.controller?.scriptURL ?? null,
  );
}

export const DB_NAME = 'ita-tracker';
export const DRAFT_FALLBACK_PREFIX = 'ita-tracker.draft:';

/** The keys of the drafts kept in IndexedDB (`ita-tracker` → `drafts`). */
export function storedDraftKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db
            .transaction('drafts', 'readonly')
            .objectStore('drafts')
            .getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => {
            db.close();
            reject(request.error ?? new Error('read failed'));
          };
        };
      }),
    DB_NAME,
  );
}

/** The keys of the drafts kept in the localStorage fallback. */
export function fallbackDraftKeys(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
    }
    return keys;
  }, DRAFT_FALLBACK_PREFIX);
}

/** Every draft key, wherever it is kept. */
export async function allDraftKeys(page: Page): Promise<string[]> {
  const [stored, fallback] = await Promise.all([
    storedDraftKeys(page),
    fallbackDraftKeys(page),
  ]);
  return [...new Set([...stored, ...fallback])].sort();
}

/** Waits until a draft whose key starts with `prefix` has been saved. */
export async function waitForDraft(page: Page, prefix: string): Promise<void> {
  await expect
    .poll(async () =>
      (await allDraftKeys(page)).some((key) => key.startsWith(prefix)),
    )
    .toBe(true);
}

/** The id of the measure whose page is open (`/measures/:id`). */
export function measureIdFromUrl(page: Page): string {
  const match = /\/measures\/([^/?#]+)$/.exec(new URL(page.url()).pathname);
  if (!match?.[1] || match[1] === 'new') {
    throw new Error(`not a measure page: ${page.url()}`);
  }
  return match[1];
}
