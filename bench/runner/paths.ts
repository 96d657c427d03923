import { fileURLToPath } from 'node:url';

/** The project's root, wherever `npm run bench` is started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bench build: the app plus the bench pages, served during the run. */
export const SITE_DIR = 'dist-bench/site';
/** A normal build (no bench pages), only to weigh the JavaScript users download. */
export const NORMAL_DIR = 'dist-bench/normal';
export const RESULTS_FILE = 'bench/results/latest.json';
export const PERFORMANCE_DOC = 'docs/performance.md';
