/**
 * A real CouchDB-protocol server for the sync tests (pouchdb-server in
 * memory, scripts/couch-server.mjs), and small helpers to set its
 * databases as a test needs them.
 */
import { couchClient, type ClientOptions } from '@/sync/couch-client';

import { startCouch, type TestCouch } from '../../scripts/couch-server.mjs';

export type { TestCouch };

/** The server for a test file: ports 5990–5995 (e2e uses 5996–5999). */
export const startTestCouch = () => startCouch({ from: 5990, to: 5995 });

let made = 0;

/** A new empty database on the server, named for the test. */
export async function newDatabase(url: string, name?: string) {
  const database = name ?? `ita-test-${process.pid}-${++made}`;
  const answer = await fetch(`${url}/${database}`, { method: 'PUT' });
  if (!answer.ok) throw new Error(`PUT ${database}: ${answer.status}`);
  return database;
}

/** A client that does not wait between retries (or retries not at all). */
export const testClient = (url: string, options: Partial<ClientOptions> = {}) =>
  couchClient({ server: url, retries: 0, minTimeout: 1, ...options });

/** The server's document with its conflicts, as CouchDB answers it. */
export async function serverDoc(url: string, database: string, id: string) {
  const answer = await fetch(
    `${url}/${database}/${encodeURIComponent(id)}?conflicts=true`,
  );
  return (await answer.json()) as Record<string, unknown>;
}

/** Stores documents as they are, as another device's push would. */
export async function putDocs(url: string, database: string, docs: unknown[]) {
  const answer = await fetch(`${url}/${database}/_bulk_docs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ docs, new_edits: false }),
  });
  if (!answer.ok) throw new Error(`_bulk_docs: ${answer.status}`);
}

/**
 * Node's fetch keeps no cookies: this one keeps the server's AuthSession
 * cookie as a browser would, for a test that logs in through `_session`.
 */
export function cookieFetch(): typeof fetch {
  let cookie = '';
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const answer = await fetch(input, { ...init, headers });
    const set = answer.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return answer;
  };
}
