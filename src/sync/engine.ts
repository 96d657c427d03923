/**
 * When syncs run, and what the shell shows of them: on demand, when the
 * connection returns, every few minutes while online, and after a failure
 * again later and later (back-off), one sync at a time. A sync never
 * holds the page: its batches are short transactions, so typing goes on.
 */
import type { SyncConfig } from '@/db/settings';
import { getSetting } from '@/db/settings';

import { couchClient, SyncError, type SyncErrorKind } from './couch-client';
import { officeDatabase, type Refused } from './protocol';
import type { PullProgress } from './pull';
import { syncDatabase } from './replicate';

export interface SyncState {
  phase: 'off' | 'idle' | 'syncing' | 'error';
  syncedAt?: string;
  error?: SyncErrorKind;
  /** The server's reason, for the person who sets the server up. */
  detail?: string;
  progress?: PullProgress & { database: string };
  refused: Refused[];
  /** When the next sync runs by itself (after a failure: back-off). */
  nextAt?: number;
  /** Syncs ended, well or not, since the page opened. */
  runs: number;
}

/** Every few minutes while online. */
export const EVERY_MS = 5 * 60_000;
const FIRST_RETRY_MS = 15_000;
const MAX_RETRY_MS = 30 * 60_000;

/** The databases a configuration syncs, and whether this device pushes to each. */
export function targetsOf(
  config: SyncConfig,
): { database: string; pushOffice?: string }[] {
  if (config.role === 'office' && config.officeId)
    return [
      {
        database: officeDatabase(config.officeId),
        pushOffice: config.officeId,
      },
    ];
  return config.databases.map((database) => ({ database }));
}

type Listener = () => void;

export function createEngine(
  options: {
    fetch?: typeof fetch;
    now?: () => number;
    online?: () => boolean;
    /** The client's first wait between retries of one request. */
    minTimeout?: number;
  } = {},
) {
  let state: SyncState = { phase: 'off', refused: [], runs: 0 };
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  const listeners = new Set<Listener>();
  const now = options.now ?? (() => Date.now());
  const online = options.online ?? (() => navigator.onLine);
  const set = (next: Partial<SyncState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    set({ nextAt: now() + ms });
    timer = setTimeout(() => void engine.syncNow(), ms);
  };

  async function run(config: SyncConfig) {
    set({ phase: 'syncing', refused: [] });
    const client = couchClient({
      server: config.server,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retries: 2,
      ...(options.minTimeout ? { minTimeout: options.minTimeout } : {}),
    });
    const refused: Refused[] = [];
    try {
      for (const target of targetsOf(config)) {
        const outcome = await syncDatabase(
          { client, ...target },
          {
            onProgress: (progress) =>
              set({ progress: { ...progress, database: target.database } }),
          },
        );
        refused.push(...outcome.refused);
      }
      failures = 0;
      set({
        phase: 'idle',
        syncedAt: new Date(now()).toISOString(),
        refused,
        error: undefined,
        detail: undefined,
        progress: undefined,
      });
      schedule(EVERY_MS);
    } catch (error) {
      failures++;
      const kind = error instanceof SyncError ? error.kind : 'server';
      set({
        phase: 'error',
        error: kind,
        detail: error instanceof Error ? error.message : String(error),
        refused,
        progress: undefined,
      });
      // Offline: the connection's return starts it; else later and later.
      if (kind !== 'offline' || online())
        schedule(Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS));
    }
  }

  const engine = {
    get state() {
      return state;
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Runs a sync now, or answers the one running. */
    syncNow(): Promise<void> {
      running ??= (async () => {
        try {
          const config = await getSetting('sync');
          if (!config) return set({ phase: 'off' });
          if (!online()) {
            clearTimeout(timer);
            return set({ phase: 'error', error: 'offline' });
          }
          await run(config);
        } finally {
          running = undefined;
          set({ runs: state.runs + 1 });
        }
      })();
      return running;
    },
    /** Starts the schedule: a sync now, and when the connection returns. */
    start() {
      const back = () => void engine.syncNow();
      window.addEventListener('online', back);
      void engine.syncNow();
      return () => {
        window.removeEventListener('online', back);
        clearTimeout(timer);
      };
    },
    /** Forgets the state (the settings changed). */
    reset() {
      clearTimeout(timer);
      failures = 0;
      set({
        phase: 'off',
        refused: [],
        error: undefined,
        syncedAt: undefined,
      });
    },
  };
  return engine;
}

export type SyncEngine = ReturnType<typeof createEngine>;

/** The app's one engine. */
export const syncEngine = createEngine();
