import type { Phase, ProgressUnit } from './analysis';

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  unit: ProgressUnit;
  /** Items (records, bytes) a second since the phase began. */
  perSecond: number;
}

/** A message every so often: enough to see it move, few enough to cost nothing. */
const EVERY_MS = 250;

/**
 * Turns a stream of progress calls into messages: the first of each phase,
 * then at most one every EVERY_MS, and the last one; each with its rate.
 */
export function progressMeter(send: (progress: Progress) => void) {
  let phase: Phase | undefined;
  let began = 0;
  let sent = -Infinity;
  return (next: Phase, done: number, total: number, unit: ProgressUnit) => {
    const now = performance.now();
    if (next !== phase) {
      phase = next;
      began = now;
      sent = -Infinity;
    }
    if (now - sent < EVERY_MS && done < total) return;
    sent = now;
    const seconds = (now - began) / 1000;
    const perSecond = seconds > 0 ? Math.round(done / seconds) : 0;
    send({ phase: next, done, total, unit, perSecond });
  };
}
