/**
 * Drafts: what a person has typed into a form and not saved yet.
 *
 * Written to IndexedDB shortly after each change (debounced). When IndexedDB
 * cannot take the write — the disk is full, or the database was closed
 * because another tab is upgrading it — or when the page is being hidden and
 * an async write may not finish, the draft goes to localStorage, which is
 * synchronous. Reading takes the newer of the two, so nothing typed is lost.
 */
import { db, type Draft } from './app-db';
import { nowIso } from './clock';

const DEBOUNCE_MS = 400;
const FALLBACK_PREFIX = 'ita-tracker.draft:';

interface Pending {
  values: unknown;
  savedAt: string;
  timer: ReturnType<typeof setTimeout>;
}
const pending = new Map<string, Pending>();

function writeFallback(draft: Draft): void {
  try {
    localStorage.setItem(FALLBACK_PREFIX + draft.key, JSON.stringify(draft));
  } catch {
    // localStorage is full or blocked too: the form still holds the text.
  }
}

function readFallback(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(FALLBACK_PREFIX + key);
    return raw ? (JSON.parse(raw) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

function removeFallback(key: string): void {
  try {
    localStorage.removeItem(FALLBACK_PREFIX + key);
  } catch {
    // nothing to clean up
  }
}

async function write(draft: Draft): Promise<void> {
  try {
    await db.drafts.put(draft);
    // A newer draft may have gone to the fallback meanwhile (the page was
    // being hidden while this write ran): only an older one is replaced.
    const fallback = readFallback(draft.key);
    if (fallback && fallback.savedAt <= draft.savedAt)
      removeFallback(draft.key);
  } catch {
    writeFallback(draft);
  }
}

/** Saves `values` as the draft of `key` after a short pause in typing. */
export function scheduleDraft(key: string, values: unknown): void {
  const previous = pending.get(key);
  if (previous) clearTimeout(previous.timer);
  // Copied now: the form may mutate its values object after this call.
  const snapshot = structuredClone(values);
  const savedAt = nowIso();
  const timer = setTimeout(() => {
    pending.delete(key);
    void write({ key, values: snapshot, savedAt });
  }, DEBOUNCE_MS);
  pending.set(key, { values: snapshot, savedAt, timer });
}

/** Writes every waiting draft now (before a reload, an update or a close). */
export async function flushDrafts(): Promise<void> {
  const drafts = [...pending.entries()].map(([key, p]) => {
    clearTimeout(p.timer);
    return { key, values: p.values, savedAt: p.savedAt };
  });
  pending.clear();
  await Promise.all(drafts.map(write));
}

/** Synchronous flush for `pagehide`, when async writes may never finish. */
export function flushDraftsToFallback(): void {
  for (const [key, p] of pending) {
    clearTimeout(p.timer);
    writeFallback({ key, values: p.values, savedAt: p.savedAt });
  }
  pending.clear();
}

/** The newest saved draft of `key`, wherever it was kept. */
export async function readDraft(key: string): Promise<Draft | undefined> {
  const waiting = pending.get(key);
  if (waiting) return { key, values: waiting.values, savedAt: waiting.savedAt };
  let stored: Draft | undefined;
  try {
    stored = await db.drafts.get(key);
  } catch {
    stored = undefined;
  }
  const fallback = readFallback(key);
  if (!fallback) return stored;
  if (!stored) return fallback;
  return fallback.savedAt > stored.savedAt ? fallback : stored;
}

/** Forgets the draft of `key`: after a save, or when the person discards it. */
export async function discardDraft(key: string): Promise<void> {
  const waiting = pending.get(key);
  if (waiting) clearTimeout(waiting.timer);
  pending.delete(key);
  removeFallback(key);
  try {
    await db.drafts.delete(key);
  } catch {
    // The database is unavailable; the draft is harmless and goes with the next save.
  }
}

/** Which of `keys` have a draft, in either store. */
export async function draftKeysAmong(
  keys: readonly string[],
): Promise<string[]> {
  const found = new Set(
    keys.filter((key) => pending.has(key) || readFallback(key) !== undefined),
  );
  try {
    const stored = await db.drafts.bulkGet([...keys]);
    for (const draft of stored) if (draft) found.add(draft.key);
  } catch {
    // The database is unavailable: the fallback answered what it could.
  }
  return keys.filter((key) => found.has(key));
}
