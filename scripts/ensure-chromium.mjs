#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests, installing Debian's
// when we may (root on Debian/Ubuntu), and says which one will be used.
//
// Lookup order (keep identical to e2e/chromium.ts, which cannot be imported
// from here because it is TypeScript):
//   1. CHROMIUM_PATH (must exist)
//   2. Playwright's own Chromium (`npx playwright install chromium`)
//   3. /usr/bin/chromium (Debian's package)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {{ path: string, source: string } | null} */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      console.error(
        `ensure-chromium: CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.`,
      );
      console.error(
        'Point CHROMIUM_PATH at a Chromium executable, or unset it.',
      );
      process.exit(1);
    }
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return { path: own, source: "Playwright's own" };
  if (existsSync(SYSTEM_CHROMIUM))
    return { path: SYSTEM_CHROMIUM, source: 'system' };
  return null;
}

function run(command, args) {
  console.log(`ensure-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(
      `ensure-chromium: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(1);
  }
}

function version(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const out = `${result.stdout ?? ''}`.trim().split('\n').pop();
  return out || 'version unknown';
}

let found = findChromium();

if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log(
      "ensure-chromium: no Chromium found; installing Debian's chromium package.",
    );
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    found = findChromium();
  }
}

if (!found) {
  console.error(`ensure-chromium: no Chromium found for the end-to-end tests. Get one of:
  - Debian/Ubuntu:             sudo apt-get update && sudo apt-get install -y chromium
  - a laptop with internet:    npx playwright install chromium
  - any Chromium you have:     export CHROMIUM_PATH=/path/to/chromium`);
  process.exit(1);
}

console.log(
  `ensure-chromium: using ${found.source} Chromium at ${found.path} (${version(found.path)})`,
);
