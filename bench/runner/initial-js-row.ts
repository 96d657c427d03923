/**
 * Initial JavaScript: the entry script of the normal build's index.html and
 * every module it preloads, each gzip-compressed (level 9, as a server
 * would send it), summed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { NORMAL_DIR, ROOT } from './paths';
import { makeRow, type Row } from './row';

const SCRIPT = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
const PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;

export function initialJsRow(): Row {
  const dir = join(ROOT, NORMAL_DIR);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map(
    (m) => m[1]!,
  );
  const bytes = files.reduce(
    (sum, file) =>
      sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
    0,
  );
  return makeRow({
    scale: 'build',
    figure: 'initial JavaScript, gzip',
    unit: 'KB',
    app: [bytes / 1024],
    target: { kind: 'value', max: 160 },
    note: files.join(', '),
  });
}
