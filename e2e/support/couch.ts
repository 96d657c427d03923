// A CouchDB-protocol server for the sync specs: pouchdb-server in memory on
// the loopback address (ports 5996–5999; the unit tests take 5990–5995),
// one per worker, started by the fixture and stopped after. CORS lets the
// app's origin call it with its session cookie, as docs/sync.md sets a
// real CouchDB.
import { startCouch, type TestCouch } from '../../scripts/couch-server.mjs';
import { officeDatabase, setupCouch } from '../../scripts/couch-setup.mjs';

export const ADMIN = { name: 'admin', password: 'admin-pw' };
export const STAFF = { name: 'staff', password: 'staff-pw' };
export const READER = { name: 'province', password: 'province-pw' };

export async function startSyncServer(origin: string): Promise<TestCouch> {
  const couch = await startCouch({ from: 5996, to: 5999 });
  const config: [string, string][] = [
    ['httpd/enable_cors', 'true'],
    ['cors/origins', origin],
    ['cors/credentials', 'true'],
    ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'],
    ['cors/headers', 'accept, authorization, content-type, origin, referer'],
  ];
  for (const [key, value] of config)
    await fetch(`${couch.url}/_config/${key}`, {
      method: 'PUT',
      body: JSON.stringify(value),
    });
  return couch;
}

/** The office's database with its staff and a reader, as couch-setup makes them. */
export async function setUpOfficeDatabase(
  url: string,
  officeId: string,
  validate = false,
) {
  await setupCouch(
    url,
    ADMIN,
    {
      offices: [{ id: officeId, readers: ['ita-province'] }],
      users: [
        { ...STAFF, roles: [`ita-staff-${officeId}`] },
        { ...READER, roles: ['ita-province'] },
      ],
    },
    // pouchdb-server's validate_doc_update drops pushed revisions of stored
    // documents (docs/sync.md): the design document is tested in
    // src/sync/security.test.ts, on new documents.
    { makeAdmin: true, validate },
  );
  return officeDatabase(officeId);
}

const basic = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

/** A request to the server as its admin. */
export function adminFetch(url: string, path: string, init: RequestInit = {}) {
  return fetch(`${url}/${path}`, {
    ...init,
    headers: {
      authorization: basic,
      'content-type': 'application/json',
      ...init.headers,
    },
  });
}

/** The server's document and its open conflicts, read as an admin. */
export async function serverDoc(url: string, database: string, id: string) {
  const answer = await fetch(
    `${url}/${database}/${encodeURIComponent(id)}?conflicts=true`,
    { headers: { authorization: basic } },
  );
  return (await answer.json()) as { _rev: string; _conflicts?: string[] };
}

/** Every document of the database with its conflicts, read as an admin. */
export async function serverConflicts(url: string, database: string) {
  const answer = await fetch(
    `${url}/${database}/_all_docs?include_docs=true&conflicts=true`,
    { headers: { authorization: basic } },
  );
  const { rows } = (await answer.json()) as {
    rows: { id: string; doc: { _conflicts?: string[] } }[];
  };
  return rows.filter((r) => r.doc._conflicts?.length).map((r) => r.id);
}
