/**
 * `npm run bench`: build, serve, measure each scale in headless Chromium,
 * print the table, save bench/results/latest.json. Slow figures never fail
 * it (it is not a timed test): the exit code says only whether it ran.
 */
import { buildAll } from './build';
import { initialJsRow } from './initial-js-row';
import type { Machine } from './machine';
import { parseOptions, USAGE } from './options';
import { formatDetails, formatTable, saveResults } from './report';
import type { Row } from './row';
import { measureScale } from './scale-session';
import { serve } from './serve';

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseOptions(argv);
  if (options.build) {
    console.log(
      'building (bench build into dist-bench/site, normal build into dist-bench/normal)',
    );
    await buildAll();
  }
  const server = await serve(options.port);
  const rows: Row[] = [];
  let machine: Machine | undefined;
  try {
    if (options.groups.has('initial-js')) rows.push(initialJsRow());
    for (const scale of options.scales) {
      const result = await measureScale(scale, options, server.url);
      rows.push(...result.rows);
      machine = result.machine;
    }
  } finally {
    await server.close();
  }
  if (machine) {
    const m = machine;
    console.log(
      `\n${m.chromium}, Node ${m.node}, ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, load average ${m.load.join(' ')} when the last scale began\n`,
    );
  }
  console.log(formatTable(rows));
  console.log(
    '\nTargets are judged at the province and nation scales ("—" at the office scale, a check that the benchmark runs).',
  );
  console.log(`\n${formatDetails(rows)}`);
  if (machine)
    console.log(`\nsaved ${saveResults(rows, machine, options.runs)}`);
  return 0;
}
