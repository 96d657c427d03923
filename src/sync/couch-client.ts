/**
 * Talking to one CouchDB database: fetch is injected (the app passes the
 * browser's, with the session cookie; tests pass Node's), every answer is
 * JSON checked by the caller's schema, and a failure becomes a SyncError
 * whose kind says what the person can do about it. Retries with back-off
 * (p-retry) are for what may pass by itself: the network, a busy server.
 */
import pRetry, { AbortError } from 'p-retry';
import type { z } from 'zod';

export type SyncErrorKind =
  /** No answer: no network, or the server is down. */
  | 'offline'
  /** 401: not logged in, or the session expired. */
  | 'unauthorized'
  /** 403: logged in, not allowed (a reader writing, another office's db). */
  | 'forbidden'
  /** 404: no such database. */
  | 'missing'
  /** An answer that is not what CouchDB answers. */
  | 'garbage'
  /** 5xx after the retries. */
  | 'server'
  /** The device's storage is full: nothing of the batch was written. */
  | 'quota';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export type Fetch = typeof fetch;

export interface ClientOptions {
  /** The server's address, e.g. `https://ita.example.go.th/couchdb`. */
  server: string;
  fetch?: Fetch;
  /** Retries of a request that may pass (offline, 5xx); 4 unless said. */
  retries?: number;
  /** The first wait before a retry, in ms (doubling after); tests make it small. */
  minTimeout?: number;
  signal?: AbortSignal;
}

export interface CouchClient {
  readonly server: string;
  request<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>>;
}

const RETRIED: ReadonlySet<SyncErrorKind> = new Set(['offline', 'server']);

function errorOf(status: number, text: string): SyncError {
  const reason = text.slice(0, 200);
  if (status === 401) return new SyncError('unauthorized', reason, status);
  if (status === 403) return new SyncError('forbidden', reason, status);
  if (status === 404) return new SyncError('missing', reason, status);
  if (status >= 500) return new SyncError('server', reason, status);
  return new SyncError('garbage', `HTTP ${status}: ${reason}`, status);
}

export function couchClient(options: ClientOptions): CouchClient {
  const server = options.server.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args) => fetch(...args));
  async function once(
    method: string,
    path: string,
    body: unknown,
  ): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(`${server}/${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'include',
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw new AbortError(options.signal.reason);
      throw new SyncError('offline', String(error));
    }
    const text = await response.text();
    if (!response.ok) throw errorOf(response.status, text);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SyncError('garbage', `Not JSON: ${text.slice(0, 100)}`);
    }
  }
  return {
    server,
    async request(schema, method, path, body) {
      const answer = await pRetry(() => once(method, path, body), {
        retries: options.retries ?? 4,
        minTimeout: options.minTimeout ?? 1_000,
        factor: 2,
        ...(options.signal ? { signal: options.signal } : {}),
        shouldRetry: ({ error }) =>
          error instanceof SyncError && RETRIED.has(error.kind),
      });
      const parsed = schema.safeParse(answer);
      if (!parsed.success)
        throw new SyncError(
          'garbage',
          `${method} ${path.split('?')[0]}: ${parsed.error.issues[0]?.message ?? 'unexpected answer'}`,
        );
      return parsed.data as z.infer<typeof schema>;
    },
  };
}
