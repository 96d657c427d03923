/**
 * A CouchDB-protocol server for the tests, the e2e suite and the bench:
 * pouchdb-server (a dev dependency) in memory, on the loopback address,
 * started from its own empty folder (it writes its config.json and log
 * there) and stopped after. `node scripts/couch-server.mjs 5990` runs one
 * until Ctrl-C. docs/sync.md says where it differs from CouchDB 3.
 */
import { spawn } from 'node:child_process';
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

async function answers(url) {
  try {
    return (await fetch(url)).ok;
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
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
    } catch {
      const owner = Number(readFileSync(lock, 'utf8'));
      if (owner && alive(owner)) continue;
      writeFileSync(lock, String(process.pid));
    }
    if (await isFree(port)) return { port, lock };
    rmSync(lock, { force: true });
  }
  throw new Error(`No free port in ${from}-${to}`);
}

/**
 * Starts a server on a free port of the range, claimed for this process;
 * resolves once it answers. `stop()` ends it (and only it) and removes its
 * folder and its port's lock.
 */
export async function startCouch({ from = 5990, to = 5999 } = {}) {
  const { port, lock } = await claimPort(from, to);
  try {
    const server = await startOn(port);
    if (!server) throw new Error(`pouchdb-server did not start on ${port}`);
    return {
      ...server,
      async stop() {
        await server.stop();
        rmSync(lock, { force: true });
      },
    };
  } catch (error) {
    rmSync(lock, { force: true });
    throw error;
  }
}

/** The server on this port, or undefined when it exits before answering. */
async function startOn(port) {
  const dir = mkdtempSync(join(tmpdir(), 'ita-couch-'));
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
  while (exited || !(await answers(url))) {
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
