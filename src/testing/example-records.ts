import {
  EXAMPLE_FISCAL_YEAR,
  exampleMeasures,
  exampleOffice,
} from '@/domain/example/khunkaew-2568';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';

const STAMP = '2025-09-30T00:00:00.000Z';
const meta = (id: string) => ({
  id,
  rev: `1-${'0'.repeat(32)}`,
  revs: [],
  createdAt: STAMP,
  updatedAt: STAMP,
});

/** The example office's FY2568 as stored records, without a database. */
export function exampleRecords(): {
  office: Office;
  measures: Measure[];
  updates: ProgressUpdate[];
} {
  const { unitNames, ...fields } = exampleOffice;
  const units = unitNames.map((name, i) => ({ id: `unit-${i}`, name }));
  const office: Office = { ...meta('office'), ...fields, units };
  const unitId = (name: string) =>
    units.find((u) => u.name === name)?.id ?? `missing unit ${name}`;
  const measures: Measure[] = [];
  const updates: ProgressUpdate[] = [];
  exampleMeasures.forEach(({ update, unitNames: names, ...example }, i) => {
    const measure: Measure = {
      ...meta(`measure-${i}`),
      ...example,
      officeId: office.id,
      fiscalYear: EXAMPLE_FISCAL_YEAR,
      order: i + 1,
      unitIds: names.map(unitId),
    };
    measures.push(measure);
    updates.push({
      ...meta(`update-${i}`),
      ...update,
      measureId: measure.id,
      officeId: office.id,
    });
  });
  return { office, measures, updates };
}
