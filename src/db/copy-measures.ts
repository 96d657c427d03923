/** Copying an office's measures to another fiscal year (usually the next), in one change. */
import { planCopyToYear } from '@/domain/copy-to-year';
import type { Measure } from '@/domain/types';

import { listMeasures } from './measures';
import { insertRecord } from './records';
import { writeChange } from './write/write-change';

export interface CopyResult {
  copied: Measure[];
  /** Titles the target year already had: not copied again. */
  skipped: Measure[];
}

/**
 * copyMeasuresToYear(officeId, 2568, 2569) copies FY2568's measures after
 * FY2569's own; the plan is made inside the transaction, so a measure added
 * meanwhile in another tab is not copied twice.
 */
export async function copyMeasuresToYear(
  officeId: string,
  fromYear: number,
  toYear: number,
): Promise<CopyResult> {
  return writeChange({ cause: 'copy' }, async (change) => {
    const [sources, targets] = await Promise.all([
      listMeasures(officeId, fromYear),
      listMeasures(officeId, toYear),
    ]);
    const plan = planCopyToYear(sources, targets, toYear);
    const firstOrder = Math.floor(targets.at(-1)?.order ?? 0) + 1;
    const copied: Measure[] = [];
    for (const [index, { fields }] of plan.copies.entries()) {
      copied.push(
        await insertRecord(change, 'measures', {
          ...fields,
          order: firstOrder + index,
        }),
      );
    }
    return { copied, skipped: plan.skipped };
  });
}
