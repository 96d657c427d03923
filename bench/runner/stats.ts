/** Median of N runs with min and max: one slow run (a GC, the disk) shows without moving the figure. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  values: number[];
}

export function stats(values: readonly number[]): Stats {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? sorted[mid]!
      : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, values: [...values] };
}

/** The median of each named phase over runs that report phases. */
export function medianPhases(
  runs: readonly { phases?: Record<string, number> }[],
): Record<string, number> {
  const names = new Set(runs.flatMap((r) => Object.keys(r.phases ?? {})));
  return Object.fromEntries(
    [...names].map((name) => [
      name,
      stats(runs.map((r) => r.phases?.[name] ?? 0)).median,
    ]),
  );
}
