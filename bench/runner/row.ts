/**
 * One line of the benchmark's table: the app's figure, the limit it is
 * compared with (measured in the same page and run), their ratio, and the
 * issue's target for it.
 */
import { JUDGED_SCALES, type ScaleName } from '../shared/scales';
import { stats, type Stats } from './stats';

export type Unit = 'ms' | 'KB' | 'MB';

export interface Target {
  /** 'ratio': app / baseline at most `max`; 'value': the app's figure at most (or under) `max`. */
  kind: 'ratio' | 'value';
  max: number;
  /** Under, not at most (the typing target is "under 50 ms"). */
  strict?: boolean;
}

export interface Row {
  scale: ScaleName | 'build';
  figure: string;
  unit: Unit;
  app: Stats | null;
  baseline: Stats | null;
  baselineName?: string;
  ratio: number | null;
  target: Target;
  /** Null where not judged: not measured, or at a scale targets skip. */
  ok: boolean | null;
  /** Median time of each phase of the app's figure, for profiling. */
  phases?: Record<string, number>;
  note?: string;
}

const within = (value: number, target: Target) =>
  target.strict ? value < target.max : value <= target.max;

export function makeRow(fields: {
  scale: Row['scale'];
  figure: string;
  unit: Unit;
  app: readonly number[];
  baseline?: readonly number[];
  baselineName?: string;
  target: Target;
  phases?: Record<string, number>;
  note?: string;
}): Row {
  const app = stats(fields.app);
  const baseline = fields.baseline ? stats(fields.baseline) : null;
  const ratio = baseline ? app.median / baseline.median : null;
  const measured = fields.target.kind === 'ratio' ? ratio : app.median;
  return {
    scale: fields.scale,
    figure: fields.figure,
    unit: fields.unit,
    app,
    baseline,
    ...(fields.baselineName ? { baselineName: fields.baselineName } : {}),
    ratio,
    target: fields.target,
    ok:
      measured === null || !JUDGED_SCALES.has(fields.scale)
        ? null
        : within(measured, fields.target),
    ...(fields.phases ? { phases: fields.phases } : {}),
    ...(fields.note ? { note: fields.note } : {}),
  };
}

/** A row that could not be measured in this run, with the reason. */
export function pendingRow(
  scale: Row['scale'],
  figure: string,
  unit: Unit,
  target: Target,
  note: string,
): Row {
  return {
    scale,
    figure,
    unit,
    app: null,
    baseline: null,
    ratio: null,
    target,
    ok: null,
    note,
  };
}
