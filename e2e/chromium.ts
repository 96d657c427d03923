// Which Chromium the end-to-end tests launch. Lookup order (keep identical to
// scripts/ensure-chromium.mjs, which duplicates it because plain Node cannot
// import TypeScript; that script also installs Debian's package when it may):
//   1. CHROMIUM_PATH
//   2. Playwright's own Chromium (`npx playwright install chromium`)
//   3. /usr/bin/chromium (Debian's package)
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a distribution Chromium, or any Chromium run as root in a container. */
const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function playwrightOwnChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function chromiumLaunchOptions(): {
  executablePath?: string;
  args: string[];
} {
  const isRoot = process.getuid?.() === 0;
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: SYSTEM_ARGS };
  // Playwright's own: let Playwright pick its binary (it uses the headless shell).
  if (playwrightOwnChromium()) return { args: isRoot ? SYSTEM_ARGS : [] };
  return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS };
}
