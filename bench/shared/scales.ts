/** The three sizes the benchmark measures (issue 7). */
export const SCALES = {
  office: { offices: 1, measuresPerOffice: 12, updates: 100 },
  province: { offices: 300, measuresPerOffice: 12, updates: 100_000 },
  nation: { offices: 8_000, measuresPerOffice: 12, updates: 1_000_000 },
} as const;

export type ScaleName = keyof typeof SCALES;
export type Scale = (typeof SCALES)[ScaleName];

export const isScaleName = (name: string): name is ScaleName =>
  Object.hasOwn(SCALES, name);

/**
 * The scales the targets are judged at. The office scale only shows that
 * the benchmark runs (CI's smoke check): its baselines take milliseconds,
 * so its ratios measure the app's fixed costs (a worker, a page), not how
 * it scales.
 */
export const JUDGED_SCALES: ReadonlySet<string> = new Set([
  'build',
  'province',
  'nation',
]);
