import { isScaleName, type ScaleName } from '../shared/scales';

export const ROW_GROUPS = [
  'import',
  'export',
  'dashboard',
  'round-page',
  'typing',
  'paste-pdf',
  'cold-start',
  'initial-js',
] as const;
export type RowGroup = (typeof ROW_GROUPS)[number];

export interface Options {
  scales: ScaleName[];
  runs: number;
  /** Where the built app is served; other developers' e2e use 4173–4190. */
  port: number;
  build: boolean;
  groups: ReadonlySet<RowGroup>;
  seed: number;
}

export const USAGE = `npm run bench -- [--scale office|province|nation]... [--nation]
  [--runs N] [--port N] [--no-build] [--only ${ROW_GROUPS.join(',')}]
Default: the office and province scales, 3 runs each; --nation adds the
nation scale (1,000,000 updates: many minutes, always 1 run).`;

/** Reads the command line; throws with the usage on anything unknown. */
export function parseOptions(argv: readonly string[]): Options {
  const scales: ScaleName[] = [];
  let nation = false;
  const options = {
    runs: 3,
    port: 4200,
    build: true,
    seed: 2569,
    groups: new Set<RowGroup>(ROW_GROUPS),
  };
  const value = (i: number) => {
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${argv[i]} needs a value\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--scale') {
      const name = value(i++);
      if (!isScaleName(name))
        throw new Error(`unknown scale "${name}"\n${USAGE}`);
      scales.push(name);
    } else if (arg === '--nation') nation = true;
    else if (arg === '--runs') options.runs = Math.max(1, Number(value(i++)));
    else if (arg === '--port') options.port = Number(value(i++));
    else if (arg === '--seed') options.seed = Number(value(i++));
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--only')
      options.groups = new Set(value(i++).split(',') as RowGroup[]);
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (scales.length === 0) scales.push('office', 'province');
  if (nation) scales.push('nation');
  return { ...options, scales: [...new Set(scales)] };
}
