import { startTransition, useEffect, useState } from 'react';

/**
 * How many more items the next slice draws: `step`, never past `total`.
 * Kept apart from the hook so the arithmetic is tested without a DOM.
 */
export function nextCount(drawn: number, total: number, step: number): number {
  return Math.min(total, Math.max(drawn, 0) + Math.max(step, 1));
}

type Cancel = () => void;

/** When the page is idle (after the last slice painted), else on the next task. */
function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    // The timeout keeps the slices coming on a page that is never idle.
    const handle = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/**
 * How many of a long list's items to draw now: `first` at once, then `step`
 * more in each idle slice until all `total` are drawn, so that building many
 * heavy rows is many short tasks rather than one that freezes the page.
 * A new `source` (another list read) starts again from `first`.
 */
export function useProgressiveCount(
  total: number,
  source: unknown,
  first: number,
  step: number,
): number {
  const [state, setState] = useState({ source, drawn: first });
  let drawn = state.drawn;
  if (state.source !== source) {
    // Set while rendering, React's way of resetting state from a prop.
    drawn = first;
    setState({ source, drawn });
  }
  const shown = Math.min(drawn, total);
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(() =>
      startTransition(() =>
        setState((current) =>
          current.source === source
            ? { source, drawn: nextCount(current.drawn, total, step) }
            : current,
        ),
      ),
    );
  }, [shown, total, step, source]);
  return shown;
}
