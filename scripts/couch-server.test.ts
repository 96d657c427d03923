// The test server must be the one this process started: specs and
// worktrees start servers side by side in one port range, and a server
// taken for another's (same users, not the same databases) answered the
// e2e sync spec's first sync with a 404.
import { readFileSync, watch } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, expect, test } from 'vitest';

import { startCouch, type TestCouch } from './couch-server.mjs';

const isOurLock = (name: string) => {
  try {
    return readFileSync(join(tmpdir(), name), 'utf8') === String(process.pid);
  } catch {
    return false;
  }
};

let foreign: Server | undefined;
let couch: TestCouch | undefined;
afterEach(async () => {
  await couch?.stop();
  await new Promise((resolve) =>
    foreign ? foreign.close(resolve) : resolve(undefined),
  );
  foreign = couch = undefined;
});

/** Binds the port as soon as the probe has let it go. */
async function listenOn(port: number): Promise<Server> {
  for (;;) {
    const server = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ foreign: true }));
    });
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) return server;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

test('a server that takes the port while ours starts is not taken for ours; ours starts on the next port', async () => {
  // Another process binds the port this one has just claimed (a lock lost,
  // or a checkout whose script has none) before pouchdb-server does.
  const taken = new Promise<number>((resolve) => {
    const watcher = watch(tmpdir(), (_, name) => {
      const port = /^ita-couch-(599[0-5])\.lock$/.exec(String(name))?.[1];
      // Only this process's claim: other test runs share the folder.
      if (!port || !isOurLock(String(name))) return;
      watcher.close();
      resolve(Number(port));
    });
  });
  const started = startCouch({ from: 5990, to: 5995 });
  const port = await taken;
  foreign = await listenOn(port);
  couch = await started;
  const welcome = (await (await fetch(couch.url)).json()) as Record<
    string,
    unknown
  >;
  expect(welcome.foreign).toBeUndefined();
  expect(welcome['express-pouchdb']).toBe('Welcome!');
  expect(couch.port).not.toBe(port);
}, 60_000);

test('a second stop leaves alone the lock another process took since', async () => {
  const { existsSync, writeFileSync } = await import('node:fs');
  couch = await startCouch({ from: 5990, to: 5995 });
  const lock = join(tmpdir(), `ita-couch-${couch.port}.lock`);
  await couch.stop();
  // Another process claims the port between the two stops.
  writeFileSync(lock, '1');
  await couch.stop();
  couch = undefined;
  expect(existsSync(lock) && readFileSync(lock, 'utf8')).toBe('1');
  const { rmSync } = await import('node:fs');
  rmSync(lock, { force: true });
}, 60_000);
