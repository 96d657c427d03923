/**
 * The one way summaries (domain/measure-summary.ts) are kept current: every
 * change folds them in its own transaction. A measure the change added has
 * no updates stored before (an update is stored only once its measure is),
 * so its summary is folded from the versions as they are written
 * (foldUpdate), and a first import never reads its 1,000,000 updates back.
 * Every other measure the change touched is summarized again from the
 * tables (refreshSummaries), as is a new measure one of whose updates was
 * met twice (a losing version, a second file), which a fold would count
 * twice.
 */
import type { RecordOf } from '@/bundle/record-schemas';
import {
  foldUpdate,
  summaryOf,
  type SummaryFold,
} from '@/domain/measure-summary';
import type { Measure } from '@/domain/types';

import { db } from '../app-db';
import { refreshSummaries } from '../summaries';
import type { VersionPlan } from './plan-versions';
import { changedRecords } from './store-plan';

type MeasureKey = Pick<Measure, 'id' | 'officeId' | 'fiscalYear' | 'deleted'>;

/** Summaries written per round: bounds memory, one request per round. */
const CHUNK = 5_000;

/**
 * `repeated`: the updates that may be met more than once in the change (an
 * import knows them from its files); without it, the change remembers the
 * updates it folded.
 */
export function changeSummaries(repeated?: ReadonlySet<string>) {
  const added = new Set<string>();
  const keys = new Map<string, MeasureKey>();
  const folds = new Map<string, SummaryFold>();
  const readBack = new Set<string>();
  const folded = new Set<string>();
  const metAgain = (id: string) => {
    if (repeated) return repeated.has(id);
    if (folded.has(id)) return true;
    folded.add(id);
    return false;
  };
  return {
    /** After each plan is stored. */
    add(plan: VersionPlan) {
      for (const { kind, outcome, version } of plan.steps)
        if (kind === 'measures' && outcome === 'added') added.add(version.id);
        else if (
          kind === 'measures' &&
          (outcome === 'updated' || outcome === 'conflict')
        )
          readBack.add(version.id);
      // The measure's keys as the plan leaves it: the fold needs its year.
      for (const [id, { winner }] of changedRecords(plan, 'measures'))
        if (added.has(id)) {
          const { officeId, fiscalYear, deleted } = winner;
          keys.set(id, { id, officeId, fiscalYear, deleted });
        }
      for (const [id, { winner }] of changedRecords(plan, 'updates')) {
        const update = winner as RecordOf['updates'];
        if (!added.has(update.measureId) || metAgain(id))
          readBack.add(update.measureId);
        else
          folds.set(
            update.measureId,
            foldUpdate(folds.get(update.measureId), update),
          );
      }
    },
    /** Once every plan is stored (held-back updates written). */
    async write() {
      const summaries = [...keys.values()]
        .filter((m) => !m.deleted && !readBack.has(m.id))
        .map((m) => summaryOf(m, folds.get(m.id)));
      for (let i = 0; i < summaries.length; i += CHUNK)
        await db.summaries.bulkPut(summaries.slice(i, i + CHUNK));
      await refreshSummaries(readBack);
    },
  };
}
