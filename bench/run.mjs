#!/usr/bin/env node
// `npm run bench`: plain Node 20 cannot run TypeScript, so Vite's module
// runner loads the benchmark's runner (bench/runner, typed and typechecked
// like the rest of the code) and its imports, e2e/chromium.ts included.
import { fileURLToPath } from 'node:url';

import { runnerImport } from 'vite';

// Set before Vite reads it: the module runner would otherwise set
// "development", and the builds that follow would ship React's development
// build, several times slower than what users get.
process.env.NODE_ENV = 'production';

const main = fileURLToPath(new URL('./runner/main.ts', import.meta.url));
const { module } = await runnerImport(main);
process.exitCode = await module.main(process.argv.slice(2));
