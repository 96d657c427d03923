import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  checkLink,
  checkLinks,
  dueForCheck,
  type CheckOptions,
  type LinkCheck,
} from './link-check';

const NOW = '2026-06-01T03:00:00.000Z';
const opaque = { type: 'opaque', status: 0 } as Response;

function options(fetch: CheckOptions['fetch']): CheckOptions {
  return { fetch, now: () => NOW, timeoutMs: 1000, pageProtocol: 'https:' };
}

describe('checkLink', () => {
  afterEach(() => vi.useRealTimers());

  it('counts an opaque answer as answered, asking without cookies or CORS', async () => {
    const fetch = vi.fn(async () => opaque);
    expect(await checkLink('https://a.go.th/ita', options(fetch))).toEqual({
      url: 'https://a.go.th/ita',
      checkedAt: NOW,
      state: 'answered',
    });
    expect(fetch).toHaveBeenCalledWith(
      'https://a.go.th/ita',
      expect.objectContaining({ mode: 'no-cors', credentials: 'omit' }),
    );
  });

  it('fails a refused connection or an unknown site as a network failure', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await checkLink('https://gone.go.th', options(fetch))).toMatchObject(
      {
        state: 'failed',
        reason: 'network',
      },
    );
  });

  it('fails a site that does not answer within the time limit, and aborts its request', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const result = checkLink('https://slow.go.th', options(fetch));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toMatchObject({ state: 'failed', reason: 'timeout' });
    expect(signal?.aborted).toBe(true);
  });

  it('fails an error status when the site lets the browser see it (CORS)', async () => {
    const fetch = vi.fn(
      async () => ({ type: 'cors', status: 404 }) as Response,
    );
    expect(await checkLink('https://a.go.th/x', options(fetch))).toMatchObject({
      state: 'failed',
      reason: 'status',
      status: 404,
    });
  });

  it('does not try an http link from an https page (the browser would block it)', async () => {
    const fetch = vi.fn(async () => opaque);
    expect(await checkLink('http://a.go.th', options(fetch))).toMatchObject({
      state: 'insecure',
    });
    expect(fetch).not.toHaveBeenCalled();
    const fromHttp = { ...options(fetch), pageProtocol: 'http:' };
    expect(await checkLink('http://a.go.th', fromHttp)).toMatchObject({
      state: 'answered',
    });
  });
});

describe('checkLinks', () => {
  it('checks a few at a time, reporting each as it ends', async () => {
    let running = 0;
    let most = 0;
    const fetch = vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 1));
      running -= 1;
      return opaque;
    });
    const results: LinkCheck[] = [];
    const urls = Array.from({ length: 8 }, (_, i) => `https://a.go.th/${i}`);
    await checkLinks(urls, {
      ...options(fetch),
      atOnce: 3,
      onResult: (r) => results.push(r),
    });
    expect(most).toBe(3);
    expect(results.map((r) => r.url).sort()).toEqual([...urls].sort());
  });

  it('starts no more once cancelled', async () => {
    const controller = new AbortController();
    const results: LinkCheck[] = [];
    const fetch = vi.fn(async () => {
      controller.abort();
      return opaque;
    });
    await checkLinks(['https://a.go.th/1', 'https://a.go.th/2'], {
      ...options(fetch),
      atOnce: 1,
      signal: controller.signal,
      onResult: (r) => results.push(r),
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(results).toEqual([]);
  });
});

describe('dueForCheck', () => {
  it('takes the links never checked or checked before the cut', () => {
    const checks = new Map<string, LinkCheck>([
      [
        'https://a/1',
        {
          url: 'https://a/1',
          checkedAt: '2026-05-01T00:00:00.000Z',
          state: 'answered',
        },
      ],
      [
        'https://a/2',
        {
          url: 'https://a/2',
          checkedAt: '2026-06-01T00:00:00.000Z',
          state: 'answered',
        },
      ],
    ]);
    expect(
      dueForCheck(
        ['https://a/1', 'https://a/2', 'https://a/3'],
        checks,
        '2026-05-31T00:00:00.000Z',
      ),
    ).toEqual(['https://a/1', 'https://a/3']);
  });
});
