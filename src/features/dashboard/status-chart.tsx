import { useMemo } from 'react';

import type { StatusCount } from '@/domain/dashboard/status-counts';
import type { MeasureStatus } from '@/domain/types';
import { Chart, type ChartOptions } from '@/ui/chart';

import { markDashboardReady } from './dashboard-ready';

/** The badges' colours (ui/styles.css), so chart and table read alike. */
const COLOURS: Record<MeasureStatus, string> = {
  'not-started': '#4a5866',
  'in-progress': '#1f4e79',
  completed: '#1e6b3a',
  late: '#a4262c',
  cancelled: '#8c8c8c',
};
const FONT = '13px Sarabun, "Noto Sans Thai", sans-serif';

interface StatusChartProps {
  counts: readonly StatusCount[];
  /** The statuses' names, in the order of `counts`. */
  names: readonly string[];
  formatNumber: (n: number) => string;
}

/** Bars of measures by status: one series per status so each bar has its colour. */
export function StatusChart({ counts, names, formatNumber }: StatusChartProps) {
  const data = useMemo(() => {
    const xs = counts.map((_, i) => i);
    return [
      xs,
      ...counts.map((c, i) =>
        xs.map((x) => (x === i ? c.measureIds.length : null)),
      ),
    ] as [number[], ...(number | null)[][]];
  }, [counts]);
  const options = useMemo<ChartOptions>(
    () => (lib) => ({
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.5, counts.length - 0.5] },
        y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
      },
      axes: [
        {
          font: FONT,
          splits: () => counts.map((_, i) => i),
          values: (_u, splits) => splits.map((i) => names[i] ?? ''),
          grid: { show: false },
        },
        {
          font: FONT,
          // Counts are whole measures.
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
          values: (_u, splits) => splits.map(formatNumber),
        },
      ],
      series: [
        {},
        ...counts.map((c) => ({
          fill: COLOURS[c.status],
          stroke: COLOURS[c.status],
          paths: lib.paths.bars?.({ size: [0.6, 90] }),
          points: { show: false },
        })),
      ],
    }),
    [counts, names, formatNumber],
  );
  return (
    <Chart
      options={options}
      data={data}
      height={260}
      onDrawn={markDashboardReady}
    />
  );
}
