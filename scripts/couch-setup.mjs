/**
 * Sets up a CouchDB server for ITA Tracker (docs/sync.md): for each office
 * its database `ita-office-<id>`, whose `_security` names as members the
 * office's staff role and the consolidators' roles (CouchDB has no
 * read-only members: a member may read, and the design document decides
 * who writes), and the design document `_design/ita` whose
 * validate_doc_update refuses a write by anyone but the office's staff
 * (or an admin) and any document whose office is not the database's; and
 * the users with their roles. Run against the test server by the tests and
 * the e2e suite; against a real one as
 *   node scripts/couch-setup.mjs <server> <admin> <password> <setup.json>
 * with setup.json `{ "offices": [{ "id", "staff": [names], "readers": [roles] }],
 * "users": [{ "name", "password", "roles": [...] }] }`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const officeDatabase = (officeId) =>
  `ita-office-${officeId.toLowerCase()}`;

/** The role of an office's staff: who may write its database. */
export const staffRole = (officeId) => `ita-staff-${officeId.toLowerCase()}`;

/**
 * CouchDB runs it on every write, pushes with new_edits:false included.
 * Written as CouchDB's JavaScript (ES5): no arrow functions, no let.
 */
export function validateFunction(officeId) {
  return `function (newDoc, oldDoc, userCtx) {
  var office = ${JSON.stringify(officeId.toLowerCase())};
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') === -1 && roles.indexOf(${JSON.stringify(staffRole(officeId))}) === -1)
    throw({ forbidden: "not allowed to write to this office's data" });
  var id = newDoc._id;
  var at = id.indexOf(':');
  var kind = at < 0 ? '' : id.slice(0, at);
  if (kind === 'deadlines') return;
  var of = kind === 'offices' ? id.slice(at + 1) : newDoc.officeId;
  if (typeof of !== 'string' || of.toLowerCase() !== office)
    throw({ forbidden: 'document of office ' + of + ' in the database of office ' + office });
}`;
}

async function call(server, auth, method, path, body) {
  const answer = await fetch(`${server}/${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await answer.text();
  return { status: answer.status, body: text ? JSON.parse(text) : undefined };
}

async function put(server, auth, path, body, okStatuses = [200, 201, 202]) {
  const answer = await call(server, auth, 'PUT', path, body);
  if (!okStatuses.includes(answer.status))
    throw new Error(
      `PUT ${path}: ${answer.status} ${JSON.stringify(answer.body)}`,
    );
  return answer;
}

/** Puts a document, over the one there if any. */
async function putDoc(server, auth, path, doc) {
  const old = await call(server, auth, 'GET', path);
  const rev = old.status === 200 ? { _rev: old.body._rev } : {};
  await put(server, auth, path, { ...doc, ...rev });
}

/**
 * `admin` must be a server admin. `makeAdmin`: for a test server in
 * "admin party" (no admin yet), make `admin` one first. `validate: false`
 * leaves the design document out.
 */
export async function setupCouch(
  server,
  admin,
  setup,
  { makeAdmin = false, validate = true } = {},
) {
  if (makeAdmin)
    await fetch(`${server}/_config/admins/${encodeURIComponent(admin.name)}`, {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    });
  await put(server, admin, '_users', undefined, [201, 412]);
  for (const user of setup.users ?? [])
    await putDoc(
      server,
      admin,
      `_users/org.couchdb.user:${encodeURIComponent(user.name)}`,
      {
        name: user.name,
        password: user.password,
        roles: user.roles ?? [],
        type: 'user',
      },
    );
  for (const office of setup.offices ?? []) {
    const database = officeDatabase(office.id);
    await put(server, admin, database, undefined, [201, 412]);
    await put(server, admin, `${database}/_security`, {
      admins: { names: [], roles: ['_admin'] },
      members: {
        names: office.staff ?? [],
        roles: [staffRole(office.id), ...(office.readers ?? [])],
      },
    });
    // `validate: false` for pouchdb-server when revisions are pushed onto
    // stored documents: its validation drops them (docs/sync.md).
    if (validate)
      await putDoc(server, admin, `${database}/_design/ita`, {
        validate_doc_update: validateFunction(office.id),
      });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [server, name, password, file] = process.argv.slice(2);
  if (!server || !name || !password || !file) {
    console.error(
      'node scripts/couch-setup.mjs <server> <admin> <password> <setup.json>',
    );
    process.exit(2);
  }
  await setupCouch(
    server.replace(/\/+$/, ''),
    { name, password },
    JSON.parse(readFileSync(file, 'utf8')),
  );
  console.log('done');
}
