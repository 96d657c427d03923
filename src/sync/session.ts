/**
 * Logging in with CouchDB's `_session`: the name and password go once to
 * the server, which answers a cookie (AuthSession) the browser keeps and
 * sends with every request after; the password is never stored here.
 */
import { z } from 'zod';

import type { CouchClient } from './couch-client';

const loginAnswer = z.object({
  ok: z.literal(true),
  name: z.string().nullable(),
  roles: z.array(z.string()),
});

const sessionAnswer = z.object({
  ok: z.literal(true),
  userCtx: z.object({
    name: z.string().nullable(),
    roles: z.array(z.string()),
  }),
});

export interface SessionUser {
  name: string | null;
  roles: string[];
}

/** Logs in; a wrong name or password is a SyncError of kind `unauthorized`. */
export async function login(
  client: CouchClient,
  name: string,
  password: string,
): Promise<SessionUser> {
  const answer = await client.request(loginAnswer, 'POST', '_session', {
    name,
    password,
  });
  return { name: answer.name, roles: answer.roles };
}

/** Who the server takes this device for now (`name: null`: nobody). */
export async function currentUser(client: CouchClient): Promise<SessionUser> {
  const answer = await client.request(sessionAnswer, 'GET', '_session');
  return answer.userCtx;
}

export async function logout(client: CouchClient): Promise<void> {
  await client.request(z.object({ ok: z.literal(true) }), 'DELETE', '_session');
}
