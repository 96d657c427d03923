/**
 * Summaries of a large import into empty tables, folded from the versions
 * as they are written (domain foldUpdate), so the import never reads its
 * 1,000,000 updates back. An update written twice (a losing version in
 * `conflicts`, or a second file) would be folded twice: its measure is read
 * back from the tables instead (refreshSummaries), as are any measures when
 * the tables were not empty.
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
import type { ImportPlan } from './plan-import';

type MeasureKey = Pick<Measure, 'id' | 'officeId' | 'fiscalYear' | 'deleted'>;

/** Summaries written per round: bounds memory, one request per round. */
const CHUNK = 5_000;

export function summariesAsWritten(repeatedUpdates: ReadonlySet<string>) {
  const measures = new Map<string, MeasureKey>();
  const folds = new Map<string, SummaryFold>();
  const readBack = new Set<string>();
  return {
    /** After each slice is written. */
    add(plan: ImportPlan) {
      for (const { winner } of plan.kinds.measures.next.values()) {
        const { id, officeId, fiscalYear, deleted } = winner;
        measures.set(id, { id, officeId, fiscalYear, deleted });
      }
      for (const [id, { winner }] of plan.kinds.updates.next) {
        const update = winner as RecordOf['updates'];
        if (repeatedUpdates.has(id)) readBack.add(update.measureId);
        else
          folds.set(
            update.measureId,
            foldUpdate(folds.get(update.measureId), update),
          );
      }
    },
    /** Once every slice is written, in the same transaction. */
    async write() {
      const summaries = [...measures.values()]
        .filter((m) => !m.deleted && !readBack.has(m.id))
        .map((m) => summaryOf(m, folds.get(m.id)));
      for (let i = 0; i < summaries.length; i += CHUNK)
        await db.summaries.bulkPut(summaries.slice(i, i + CHUNK));
      await refreshSummaries(readBack);
    },
  };
}
