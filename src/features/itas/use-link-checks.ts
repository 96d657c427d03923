import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { nowIso } from '@/db/clock';
import {
  saveLinkChecks,
  useLinkChecks as useStoredLinkChecks,
} from '@/db/link-checks';

import {
  CHECK_TIMEOUT_MS,
  checkLinks,
  dueForCheck,
  type LinkCheck,
} from './link-check';

/** A link checked within a day is not checked again on its own. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export interface LinkChecks {
  checks: ReadonlyMap<string, LinkCheck>;
  online: boolean;
  /** While a run is under way: how far it is. */
  progress: { done: number; total: number } | null;
  /** Checks every link again now. */
  again: () => void;
}

/**
 * Checks the sheet's links in the background while online: those never
 * checked or not within a day, when the page opens or the connection
 * comes back; every one again on demand. Results are kept on the device.
 */
export function useLinkCheckRun(urls: readonly string[]): LinkChecks {
  const stored = useStoredLinkChecks();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  const [progress, setProgress] = useState<LinkChecks['progress']>(null);
  const running = useRef<AbortController | null>(null);

  const run = (which: readonly string[]) => {
    running.current?.abort();
    if (which.length === 0) return;
    const controller = new AbortController();
    running.current = controller;
    let done = 0;
    setProgress({ done, total: which.length });
    void checkLinks(which, {
      fetch: window.fetch.bind(window),
      now: nowIso,
      timeoutMs: CHECK_TIMEOUT_MS,
      pageProtocol: location.protocol,
      signal: controller.signal,
      onResult: (result) => {
        done += 1;
        setProgress({ done, total: which.length });
        void saveLinkChecks([result]);
      },
    }).finally(() => {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    });
  };

  const key = urls.join('\n');
  const loaded = stored !== undefined;
  useEffect(() => {
    if (!online || !loaded) return;
    const staleBefore = new Date(Date.now() - STALE_AFTER_MS).toISOString();
    run(dueForCheck(urls, stored, staleBefore));
    return () => running.current?.abort();
    // Once a set of links and a connection: results arriving must not restart it.
  }, [key, online, loaded]);

  return {
    checks: stored ?? new Map(),
    online,
    progress,
    again: () => {
      if (online) run(urls);
    },
  };
}
