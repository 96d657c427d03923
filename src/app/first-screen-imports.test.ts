/**
 * What the first screen downloads is main.tsx and everything it imports
 * statically, all the way down: the bench's "initial JavaScript" row
 * (docs/performance.md). This walks that graph in the sources, without a
 * build, so a static import that drags a heavy module back onto the first
 * screen fails here, with the chain of imports that does it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(SRC, 'app/main.tsx');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** A source file's path, or `pkg:<name>` for a package. */
function resolveImport(from: string, spec: string): string {
  const base = spec.startsWith('@/')
    ? join(SRC, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (!base) return `pkg:${packageName(spec)}`;
  if (/\.(css|json|svg)$/.test(base)) return base;
  const file = EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) throw new Error(`${from}: cannot resolve ${spec}`);
  return file;
}

const packageName = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** The modules a file imports when it runs: `import type` is erased. */
function runtimeImports(file: string): string[] {
  if (!/\.tsx?$/.test(file)) return [];
  const code = readFileSync(file, 'utf8');
  const { module } = parseSync(file, code, {
    lang: file.endsWith('.tsx') ? 'tsx' : 'ts',
  });
  const typeOnly = (start: number, end: number) =>
    /^(import|export)\s+type\s/.test(code.slice(start, end));
  return [
    ...module.staticImports
      .filter((i) => !typeOnly(i.start, i.end))
      .map((i) => i.moduleRequest.value),
    ...module.staticExports
      .filter((e) => !typeOnly(e.start, e.end))
      .flatMap((e) => e.entries.flatMap((x) => x.moduleRequest?.value ?? [])),
  ].map((spec) => resolveImport(file, spec));
}

/** Every module the entry loads statically, each with who imported it first. */
function firstScreenGraph(): Map<string, string | undefined> {
  const importer = new Map<string, string | undefined>([[ENTRY, undefined]]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (file.startsWith('pkg:')) continue;
    for (const next of runtimeImports(file)) {
      if (importer.has(next)) continue;
      importer.set(next, file);
      queue.push(next);
    }
  }
  return importer;
}

const graph = firstScreenGraph();
const name = (id: string) =>
  id.startsWith('pkg:') ? id.slice(4) : relative(SRC, id);

/** "zod ← bundle/record-schemas.ts ← … ← app/main.tsx", or undefined. */
function chainTo(id: string): string | undefined {
  if (!graph.has(id)) return undefined;
  const chain: string[] = [];
  for (let at: string | undefined = id; at; at = graph.get(at))
    chain.push(name(at));
  return chain.join(' ← ');
}

describe('what the first screen loads', () => {
  it('is found: the shell, the measures list, the database', () => {
    for (const id of [
      join(SRC, 'app/shell.tsx'),
      join(SRC, 'features/measures/measures-page.tsx'),
      join(SRC, 'db/app-db.ts'),
      'pkg:dexie',
      'pkg:react-dom',
    ])
      expect(graph.has(id), name(id)).toBe(true);
  });

  // Each loads with the screen or the moment that needs it: the schemas
  // when a bundle is read or a form is shown, the upgrade code when an old
  // database is opened, the form library when a form is shown, the write
  // path with the first change, English when it is chosen, the other
  // pages' Thai words with those pages, the report's building and its
  // sign-off on the pages that show them.
  it.each([
    'zod',
    'react-hook-form',
    '@hookform/resolvers',
    'bundle/record-schemas.ts',
    'bundle/chain-form.ts',
    'db/chain-stored.ts',
    'db/write/write-change.ts',
    'i18n/en.json',
    'i18n/pages/th.json',
    'domain/report/build-report.ts',
    'db/sign-off.ts',
  ])('leaves out %s', (module) => {
    const id = module.includes('.') ? join(SRC, module) : `pkg:${module}`;
    expect(chainTo(id)).toBeUndefined();
  });
});
