/**
 * Whether the evidence links answer, checked from the browser (issue 16;
 * docs/decisions.md says what a browser can learn about another site). A
 * `no-cors` request gives an opaque response: the server answered, but its
 * status is hidden, so "answered" is all it proves. A network error or no
 * answer within the time limit is a real failure. fetch and the clock are
 * handed in, so the rules are tested without a network.
 */

import type { LinkCheck } from '@/domain/oit/link-check-result';

export type { LinkCheck };

export interface CheckOptions {
  fetch: typeof fetch;
  now: () => string;
  timeoutMs: number;
  /** The page's own protocol: an https page may not fetch http links. */
  pageProtocol: string;
}

export const CHECK_TIMEOUT_MS = 10_000;
export const CHECKS_AT_ONCE = 3;

/** Checks one link: answered, failed (why), or not checkable from here. */
export async function checkLink(
  url: string,
  options: CheckOptions,
): Promise<LinkCheck> {
  if (options.pageProtocol === 'https:' && url.startsWith('http:'))
    return { url, checkedAt: options.now(), state: 'insecure' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await options.fetch(url, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal,
    });
    // A site that allows CORS shows its status: an error page is a failure.
    if (response.type !== 'opaque' && response.status >= 400)
      return {
        url,
        checkedAt: options.now(),
        state: 'failed',
        reason: 'status',
        status: response.status,
      };
    return { url, checkedAt: options.now(), state: 'answered' };
  } catch {
    return {
      url,
      checkedAt: options.now(),
      state: 'failed',
      reason: timedOut ? 'timeout' : 'network',
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks every link, `atOnce` at a time, reporting each result as it comes;
 * stops starting new ones once `signal` aborts.
 */
export async function checkLinks(
  urls: readonly string[],
  options: CheckOptions & {
    atOnce?: number;
    signal?: AbortSignal;
    onResult: (check: LinkCheck) => void;
  },
): Promise<void> {
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (options.signal?.aborted) return;
      const result = await checkLink(url, options);
      if (options.signal?.aborted) return;
      options.onResult(result);
    }
  };
  const workers = Math.min(options.atOnce ?? CHECKS_AT_ONCE, queue.length);
  await Promise.all(Array.from({ length: workers }, worker));
}

/** The links that need a check: never checked, or not since `staleBefore`. */
export function dueForCheck(
  urls: readonly string[],
  checks: ReadonlyMap<string, LinkCheck>,
  staleBefore: string,
): string[] {
  return urls.filter((url) => {
    const last = checks.get(url);
    return !last || last.checkedAt < staleBefore;
  });
}
