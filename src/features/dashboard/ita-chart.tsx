import { useMemo } from 'react';

import type { ItaYear } from '@/domain/dashboard/ita-trend';
import { Chart, type ChartOptions } from '@/ui/chart';

const FONT = '13px Sarabun, "Noto Sans Thai", sans-serif';
const SCORE = '#1f4e79';
const MEASURES = '#b8c4cf';

interface ItaChartProps {
  years: readonly ItaYear[];
  formatNumber: (n: number) => string;
  /** Axis titles. */
  scoreLabel: string;
  measuresLabel: string;
}

/** The ITA score (line, 0–100, left) over the years, over the year's measures (bars, right). */
export function ItaChart({
  years,
  formatNumber,
  scoreLabel,
  measuresLabel,
}: ItaChartProps) {
  const data = useMemo(
    () =>
      [
        years.map((y) => y.fiscalYear),
        years.map((y) => y.measures),
        years.map((y) => y.score),
      ] as [number[], number[], (number | null)[]],
    [years],
  );
  const options = useMemo<ChartOptions>(
    () => (lib) => ({
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: {
          time: false,
          range: (_u, min, max) => [min - 0.5, max + 0.5],
        },
        score: { range: [0, 100] },
        measures: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.2] },
      },
      axes: [
        {
          font: FONT,
          splits: () => years.map((y) => y.fiscalYear),
          values: (_u, splits) => splits.map((y) => formatNumber(y)),
          grid: { show: false },
        },
        {
          scale: 'score',
          font: FONT,
          label: scoreLabel,
          labelFont: FONT,
          values: (_u, splits) => splits.map(formatNumber),
        },
        {
          scale: 'measures',
          side: 1,
          font: FONT,
          label: measuresLabel,
          labelFont: FONT,
          incrs: [1, 2, 5, 10, 20, 50, 100],
          values: (_u, splits) => splits.map(formatNumber),
          grid: { show: false },
        },
      ],
      series: [
        {},
        {
          scale: 'measures',
          fill: MEASURES,
          stroke: MEASURES,
          paths: lib.paths.bars?.({ size: [0.4, 60] }),
          points: { show: false },
        },
        {
          scale: 'score',
          stroke: SCORE,
          width: 3,
          points: { show: true, size: 9, fill: SCORE },
        },
      ],
    }),
    [years, formatNumber, scoreLabel, measuresLabel],
  );
  return <Chart options={options} data={data} height={260} />;
}
