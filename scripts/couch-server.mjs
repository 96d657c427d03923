/**
 * A CouchDB-protocol server for the tests, the e2e suite and the bench:
 * pouchdb-server (a dev dependency) in memory, on the loopback address,
 * started from its own empty folder (it writes its config.json and log
 * there) and stopped after. `node scripts/couch-server.mjs 5990` runs one
 * until Ctrl-C. docs/sync.md says where it differs from CouchDB 3.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(
  ROOT,
  'node_modules',
  'pouchdb-server',
  'bin',
  'pouchdb-server',
);

/** Whether nothing listens on this loopback port. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * Whether the server on `url` is the one given `token` in its config:
 * another process's server may hold the port (ours then fails to bind),
 * and one with the same users but not the same databases answered a
 * spec's sync with a 404 when taken for ours.
 */
async function isOurs(url, token) {
  try {
    const answer = await fetch(`${url}/_config/ita/instance`);
    return answer.ok && (await answer.json()) === token;
  } catch {
    return false;
  }
}

/** Whether a process of this id runs. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Claims a port for this process with a lock file made atomically (`wx`):
 * test files run side by side and must not both take a port each saw free.
 * A lock left by a process that is gone is taken over.
 */
async function claimPort(from, to) {
  for (let port = from; port <= to; port++) {
    const lock = join(tmpdir(), `ita-couch-${port}.lock`);
    if (!takeLock(lock)) continue;
    if (await isFree(port)) return { port, lock };
    releaseLock(lock);
  }
  throw new Error(`No free port in ${from}-${to}`);
}

/** Makes the lock, or takes over one whose process is gone (then `wx` again). */
function takeLock(lock) {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    let owner;
    try {
      owner = Number(readFileSync(lock, 'utf8'));
    } catch {
      owner = 0;
    }
    if (owner && alive(owner)) return false;
    rmSync(lock, { force: true });
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      return false;
    }
  }
}

/** Removes the lock only while it is this process's: not one taken since. */
function releaseLock(lock) {
  try {
    if (readFileSync(lock, 'utf8') === String(process.pid))
      rmSync(lock, { force: true });
  } catch {
    // Already gone.
  }
}

/**
 * Starts a server on a free port of the range, claimed for this process;
 * resolves once it answers as ours. When it cannot bind (the port taken
 * meanwhile by a process outside the locks), the next port is tried.
 * `stop()` ends it (and only it) and removes its folder and its port's
 * lock; a second stop does nothing.
 */
export async function startCouch({ from = 5990, to = 5999 } = {}) {
  for (let next = from; next <= to;) {
    const { port, lock } = await claimPort(next, to);
    let server;
    try {
      server = await startOn(port);
    } catch (error) {
      releaseLock(lock);
      throw error;
    }
    if (!server) {
      releaseLock(lock);
      next = port + 1;
      continue;
    }
    let stopped;
    return {
      url: server.url,
      port: server.port,
      stop() {
        stopped ??= server.stop().then(() => releaseLock(lock));
        return stopped;
      },
    };
  }
  throw new Error(`pouchdb-server did not start in ${from}-${to}`);
}

/** The server on this port, or undefined when it exits before answering. */
async function startOn(port) {
  const dir = mkdtempSync(join(tmpdir(), 'ita-couch-'));
  // pouchdb-server reads its config.json from its folder: the token tells
  // our server from another's on the same port.
  const token = randomUUID();
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ ita: { instance: token } }),
  );
  const child = spawn(
    process.execPath,
    [
      BIN,
      '--in-memory',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-stdout-logs',
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 30_000;
  while (exited || !(await isOurs(url, token))) {
    if (exited || Date.now() > deadline) {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
      if (exited) return undefined;
      throw new Error(`pouchdb-server did not start on ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    async stop() {
      if (!exited) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 5990);
  const server = await startCouch({ from: port, to: port });
  console.log(`pouchdb-server in memory on ${server.url}`);
  process.on('SIGINT', () => void server.stop().then(() => process.exit(0)));
}
