// The README says how to serve the app on another port; this runs what it
// says. `npm start` builds first, which would overwrite the dist/ that the
// end-to-end tests serve, so the test checks that the build is the only step
// before `vite preview` (npm appends the README's arguments to the last
// command) and then runs that preview with them, on a site of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Starts `vite preview` with `args`; resolves with the URL it prints. */
function preview(args: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', ...args],
    { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
  );
  cleanups.push(() => child.kill());
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) =>
      reject(new Error(`vite preview exited (${code}):\n${output}`)),
    );
  });
}

describe('README: running on another port', () => {
  it('serves the app on the port the README command names', async () => {
    const command = /^npm start -- (.+)$/m.exec(read('README.md'))?.[1];
    expect(command).toContain('--port 5000');
    const start = (
      JSON.parse(read('package.json')) as {
        scripts: { start: string };
      }
    ).scripts.start;
    expect(start).toBe('vite build && vite preview');

    const site = mkdtempSync(join(tmpdir(), 'ita-start-'));
    cleanups.push(() => rmSync(site, { recursive: true, force: true }));
    writeFileSync(join(site, 'index.html'), '<title>ITA Tracker test</title>');
    // Port 5000 may be taken on this machine: the same flag, a free port.
    const port = await freePort();
    const args = command!.replace('5000', String(port)).split(/\s+/);
    const url = await preview([...args, '--outDir', site]);

    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const page = await fetch(url).then((response) => response.text());
    expect(page).toContain('ITA Tracker test');
  }, 30_000);
});
