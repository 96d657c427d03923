/**
 * The rows of a long list that are drawn: those in view and a few around
 * them, all rows the same height. The office picker lists up to a nation's
 * 8,000 offices; drawing every one was most of the app's cold start.
 */
export interface ListWindow {
  /** The first row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

const OVERSCAN = 3;

/** listWindow(300, 540, 54, 8) === { start: 7, end: 21 }: rows 10–17 in view. */
export function listWindow(
  count: number,
  scrollTop: number,
  rowPx: number,
  viewRows: number,
): ListWindow {
  const first = Math.floor(scrollTop / rowPx);
  const pastLast = Math.ceil(scrollTop / rowPx + viewRows);
  return {
    start: Math.max(0, first - OVERSCAN),
    end: Math.min(count, pastLast + OVERSCAN),
  };
}

/**
 * The scroll position that shows row `index`, moving as little as possible:
 * scrollToShow(20, 0, 54, 8) === 702 (row 20 the last in view).
 */
export function scrollToShow(
  index: number,
  scrollTop: number,
  rowPx: number,
  viewRows: number,
): number {
  const top = index * rowPx;
  if (top < scrollTop) return top;
  const bottom = top + rowPx - viewRows * rowPx;
  return bottom > scrollTop ? bottom : scrollTop;
}

/**
 * Where a list opens to show row `index` in the middle of the view (or as
 * near as the ends allow): scrollToCentre(150, 300, 54, 8) === 7938.
 */
export function scrollToCentre(
  index: number,
  count: number,
  rowPx: number,
  viewRows: number,
): number {
  const first = index - Math.floor((viewRows - 1) / 2);
  return Math.max(0, Math.min(first, count - viewRows)) * rowPx;
}
