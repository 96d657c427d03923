/**
 * Fills an empty database with the example office (เทศบาลตำบลขุนแก้ว, FY2568)
 * transcribed from a real published report, so a new user sees a full year.
 */
import type { Content } from '@/domain/revision';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';

import { db } from './app-db';
import { newId } from './clock';
import { isLive, insertRecord } from './records';
import { setSetting } from './settings';
import { writeChange } from './write/write-change';

/** The example only goes into a database that has no office yet. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The example can only be loaded into an empty database');
    this.name = 'DatabaseNotEmptyError';
  }
}

export async function loadExample(): Promise<Office> {
  // Loaded on demand: the example's text is not part of the app's first load.
  // Awaited before the transaction, which must not wait on anything but the DB.
  const { EXAMPLE_FISCAL_YEAR, exampleMeasures, exampleOffice } =
    await import('@/domain/example/khunkaew-2568');
  return writeChange({ cause: 'example' }, async (change) => {
    if ((await db.offices.toArray()).some(isLive)) {
      throw new DatabaseNotEmptyError();
    }
    const { unitNames, ...officeFields } = exampleOffice;
    const units = unitNames.map((name) => ({ id: newId(), name }));
    const office = await insertRecord(change, 'offices', {
      ...officeFields,
      units,
    });
    const unitId = (name: string) => {
      const unit = units.find((u) => u.name === name);
      if (!unit) throw new Error(`Example unit missing: ${name}`);
      return unit.id;
    };
    for (const [index, example] of exampleMeasures.entries()) {
      const { update, unitNames: names, ...fields } = example;
      const measure = await insertRecord(change, 'measures', {
        ...fields,
        officeId: office.id,
        fiscalYear: EXAMPLE_FISCAL_YEAR,
        order: index + 1,
        unitIds: names.map(unitId),
      } satisfies Content<Measure>);
      await insertRecord(change, 'updates', {
        ...update,
        measureId: measure.id,
        officeId: office.id,
      } satisfies Content<ProgressUpdate>);
    }
    await setSetting('officeId', office.id);
    await setSetting('fiscalYear', EXAMPLE_FISCAL_YEAR);
    return office;
  });
}
