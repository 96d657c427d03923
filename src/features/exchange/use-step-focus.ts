import { useCallback, useRef } from 'react';

/**
 * A ref for the element that opens the current step (a heading, the file
 * input): when the step changes, that element is scrolled into view and
 * focused. On the first-run page the import sits below the office form, so
 * its progress and preview would otherwise appear out of sight, and the
 * file input that had focus is gone once the import starts.
 */
export function useStepFocus(step: string) {
  const shown = useRef(step);
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || shown.current === step) return;
      shown.current = step;
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    },
    [step],
  );
}
