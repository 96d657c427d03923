/**
 * The first screen's data, read while the app starts (right after the
 * database opens, before React renders), so the first render already shows
 * the list instead of "loading" followed by a wave of queries (see
 * primed.ts for how the screens take it).
 */
import { officeDashboardRows } from './dashboard-queries';
import { readWorkspace } from './live';
import { prime, primedKeys } from './primed';
import { getSetting } from './settings';

export interface FirstScreenNeeds {
  /** The office's measures of the year with their summaries. */
  officeRows: boolean;
  /** The dashboard's setting. */
  quietDays: boolean;
}

/**
 * Reads what the first screen shows, every query at once: the office's rows
 * are asked for as soon as the selected office's id is read, in parallel
 * with the office list, and read again only if that guess was wrong.
 */
export async function readFirstScreen(
  currentFiscalYear: number,
  needs: FirstScreenNeeds,
): Promise<void> {
  const settings = Promise.all([
    getSetting('officeId'),
    getSetting('fiscalYear'),
  ]);
  const guessed = settings.then(([officeId, fiscalYear]) => {
    const year = fiscalYear ?? currentFiscalYear;
    return needs.officeRows && officeId
      ? { officeId, year, rows: officeDashboardRows(officeId, year) }
      : undefined;
  });
  const quietDays = needs.quietDays ? getSetting('quietDays') : undefined;
  const workspace = await readWorkspace(currentFiscalYear, settings);
  prime(primedKeys.workspace(currentFiscalYear), workspace);
  const { office, fiscalYear } = workspace;
  if (needs.officeRows && office) {
    const guess = await guessed;
    const rows =
      guess?.officeId === office.id && guess.year === fiscalYear
        ? await guess.rows
        : await officeDashboardRows(office.id, fiscalYear);
    prime(primedKeys.officeRows(office.id, fiscalYear), rows);
  }
  if (quietDays) prime(primedKeys.quietDays, { value: await quietDays });
}
