import { build } from 'vite';

import { NORMAL_DIR, ROOT } from './paths';

/**
 * Two builds: the bench build that is served (the app and the bench pages,
 * `--mode bench` into dist-bench/site), and a normal build into its own
 * folder to weigh the initial JavaScript exactly as users get it. Neither
 * touches dist/, which other developers' e2e runs may be serving.
 */
export async function buildAll(): Promise<void> {
  await build({ root: ROOT, mode: 'bench', logLevel: 'warn' });
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: NORMAL_DIR, emptyOutDir: true },
  });
}
