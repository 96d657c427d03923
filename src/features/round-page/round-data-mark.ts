/**
 * "round-page-data": a performance mark set when the round page's data is
 * first read (the expected offices' states, before anything is drawn).
 * `npm run bench` takes the main thread's tasks after it: opening and
 * sorting must take none over 50 ms at 8,000 offices (issue 13).
 */
export const ROUND_DATA_MARK = 'round-page-data';

export function markRoundData(): void {
  if (performance.getEntriesByName(ROUND_DATA_MARK).length === 0)
    performance.mark(ROUND_DATA_MARK);
}
