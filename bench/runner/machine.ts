import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

import type { BrowserContext } from '@playwright/test';

import { freshPage } from './browser';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** Load averages (1, 5, 15 minutes) when the scale began: the machine may be shared. */
  load: number[];
}

/** What the figures were measured on, printed and saved with them. */
export async function describeMachine(
  context: BrowserContext,
): Promise<Machine> {
  const page = await freshPage(context);
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: product,
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
