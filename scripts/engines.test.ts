// The project runs on the Node of `.nvmrc` (20) and what `engines` names:
// every package the lockfile installs must accept the oldest Node of each
// range, or `npm ci` warns (issue 11: @axe-core/playwright 4.14 wants 22.12).
import { readFileSync } from 'node:fs';

import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  engines?: { node?: string };
  optional?: boolean;
}

const read = (path: string) =>
  readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string; npm?: string };
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, LockEntry>;
};

/** The oldest Node of each `||` branch: '>=20.19 <21 || >=22.13' → 20.19.0, 22.13.0. */
const oldestNodes = pkg.engines.node
  .split('||')
  .map((range) => minVersion(range)?.version ?? range);

describe('engines', () => {
  it('.nvmrc names a Node that package.json accepts', () => {
    const major = read('.nvmrc').trim();
    expect(satisfies(`${major}.99.0`, pkg.engines.node)).toBe(true);
  });

  it.each(oldestNodes)('every installed package accepts Node %s', (node) => {
    const refusing = Object.entries(lock.packages)
      // Optional packages (other platforms' builds) install only where they fit.
      .filter(([, entry]) => !entry.optional && entry.engines?.node)
      .filter(([, entry]) => !satisfies(node, entry.engines!.node!))
      .map(([path, entry]) => `${path} (${entry.engines!.node})`);
    expect(refusing).toEqual([]);
  });

  it('accepts the npm that Node 20 ships (10.8)', () => {
    expect(satisfies('10.8.2', pkg.engines.npm ?? '*')).toBe(true);
  });
});
