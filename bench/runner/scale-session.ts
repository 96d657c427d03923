/**
 * Every row of one scale. The data is generated once in the bench page of a
 * Chromium profile on disk; the profile is then copied: one copy measures
 * the imports (app and raw, several times), the other the app in use
 * (in-use-rows.ts), with the data imported once.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ScaleName } from '../shared/scales';
import { benchPage, launch } from './browser';
import { importRows } from './import-rows';
import { inUseRows } from './in-use-rows';
import { describeMachine, type Machine } from './machine';
import type { Options } from './options';
import type { Row } from './row';

export interface ScaleResult {
  rows: Row[];
  machine: Machine;
}

const logger = (scale: ScaleName) => (message: string) =>
  console.log(
    `[${new Date().toISOString().slice(11, 19)}] ${scale}: ${message}`,
  );

export async function measureScale(
  scale: ScaleName,
  options: Options,
  url: string,
): Promise<ScaleResult> {
  const runs = scale === 'nation' ? 1 : options.runs;
  const log = logger(scale);
  const imports = mkdtempSync(join(tmpdir(), `ita-bench-${scale}-`));
  const inUse = `${imports}-in-use`;
  try {
    let context = await launch(imports);
    const machine = await describeMachine(context);
    log('generating data');
    const data = await (
      await benchPage(context, url)
    ).evaluate(([name, seed]) => window.bench.generate(name, seed), [
      scale,
      options.seed,
    ] as const);
    log(
      `bundle ${(data.bundleBytes / 1024 / 1024).toFixed(1)} MB in ${(data.ms / 1000).toFixed(1)} s`,
    );
    await context.close();
    cpSync(imports, inUse, { recursive: true });

    const want = (
      group: Options['groups'] extends ReadonlySet<infer G> ? G : never,
    ) => options.groups.has(group);
    const rows: Row[] = [];
    if (want('import')) {
      context = await launch(imports);
      log(`import × ${runs} (app and raw), traced once for the heap`);
      rows.push(
        ...(await importRows(await benchPage(context, url), data, runs)),
      );
      await context.close();
    }
    rmSync(imports, { recursive: true, force: true });
    rows.push(...(await inUseRows(inUse, url, scale, runs, want, log)));
    return { rows, machine };
  } finally {
    rmSync(imports, { recursive: true, force: true });
    rmSync(inUse, { recursive: true, force: true });
  }
}
