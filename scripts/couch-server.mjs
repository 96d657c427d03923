/**
 * A CouchDB-protocol server for the tests, the e2e suite and the bench:
 * pouchdb-server (a dev dependency) in memory, on the loopback address,
 * started from its own empty folder (it writes its config.json and log
 * there) and stopped after. `node scripts/couch-server.mjs 5990` runs one
 * until Ctrl-C. docs/sync.md says where it differs from CouchDB 3.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

/** The first free port of `from`..`to`. */
export async function freePort(from, to) {
  for (let port = from; port <= to; port++) if (await isFree(port)) return port;
  throw new Error(`No free port in ${from}-${to}`);
}

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts a server on the first free port of the range; resolves once it
 * answers. `stop()` ends it (and only it) and removes its folder.
 */
export async function startCouch({ from = 5990, to = 5999 } = {}) {
  const port = await freePort(from, to);
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
  while (!(await answers(url))) {
    if (exited || Date.now() > deadline) {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
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
