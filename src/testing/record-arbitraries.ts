/**
 * Generated records of every kind, as the app stores them (keys sorted),
 * with a rev and one chain of revs: for property tests of the mapping to
 * CouchDB documents (bundle/couch-doc.test.ts).
 */
import fc from 'fast-check';

import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';
import { REVS_LIMIT } from '@/domain/revision';
import { sortedKeys } from '@/domain/sorted-keys';
import {
  METHODS_STYLES,
  OFFICE_KINDS,
  REPORT_CELL_COLUMNS,
  OIT_DOCUMENTS,
  ROUNDS,
  UPDATE_STATUSES,
} from '@/domain/types';

const hex = fc.stringMatching(/^[0-9a-f]{32}$/);
const text = fc.string({ maxLength: 12, unit: 'grapheme' });
const id = fc.uuid();
const timestamp = fc
  .date({
    min: new Date('2020-01-01T00:00:00.000Z'),
    max: new Date('2030-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
/** A number as JSON keeps it: JSON has no -0. */
const jsonNumber = (arb: fc.Arbitrary<number>) =>
  arb.map((n) => (Object.is(n, -0) ? 0 : n));
const yearMonth = fc
  .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

/** A rev and one chain below it, as long as CouchDB's stemming allows. */
const revisioned = fc
  .record({
    generation: fc.integer({ min: 1, max: REVS_LIMIT + 20 }),
    hashes: fc.array(hex, {
      minLength: REVS_LIMIT + 1,
      maxLength: REVS_LIMIT + 1,
    }),
    kept: fc.nat({ max: REVS_LIMIT }),
  })
  .chain(({ generation, hashes, kept }) =>
    fc.record(
      {
        id,
        rev: fc.constant(`${generation}-${hashes[0]}`),
        revs: fc.constant(
          hashes
            .slice(1, 1 + Math.min(kept, generation - 1))
            .map((hash, i) => `${generation - 1 - i}-${hash}`),
        ),
        createdAt: timestamp,
        updatedAt: timestamp,
        deleted: fc.boolean(),
      },
      { requiredKeys: ['id', 'rev', 'revs', 'createdAt', 'updatedAt'] },
    ),
  );

const signatory = fc.record({ name: text, position: text });

const office = fc.record(
  {
    name: text,
    kind: fc.constantFrom(...OFFICE_KINDS),
    district: text,
    province: text,
    website: text,
    units: fc.array(fc.record({ id, name: text }), { maxLength: 3 }),
    preparedBy: signatory,
    endorsedBy: signatory,
    approvedBy: signatory,
    itaResults: fc.array(
      fc.record({
        fiscalYear: fc.integer({ min: 2400, max: 2700 }),
        score: jsonNumber(fc.double({ min: 0, max: 100, noNaN: true })),
        level: text,
      }),
      { maxLength: 2 },
    ),
  },
  {
    requiredKeys: [
      'name',
      'kind',
      'district',
      'province',
      'website',
      'units',
      'preparedBy',
      'endorsedBy',
      'approvedBy',
    ],
  },
);

const measure = fc.record(
  {
    officeId: id,
    fiscalYear: fc.integer({ min: 2400, max: 2700 }),
    order: jsonNumber(fc.double({ noNaN: true, noDefaultInfinity: true })),
    title: text,
    methods: fc.array(text, { maxLength: 3 }),
    methodsStyle: fc.constantFrom(...METHODS_STYLES),
    period: fc.oneof(
      fc.constant({ kind: 'fiscal-year' as const }),
      fc.tuple(yearMonth, yearMonth).map(([a, b]) => ({
        kind: 'months' as const,
        from: a < b ? a : b,
        to: a < b ? b : a,
      })),
    ),
    allUnits: fc.boolean(),
    unitIds: fc.array(id, { maxLength: 3 }),
    expectedOutcome: text,
    weakness: text,
    evidence: fc.array(text, { maxLength: 2 }),
  },
  {
    requiredKeys: [
      'officeId',
      'fiscalYear',
      'order',
      'title',
      'methods',
      'period',
      'allUnits',
      'unitIds',
      'expectedOutcome',
      'weakness',
      'evidence',
    ],
  },
);

const update = fc.record({
  measureId: id,
  officeId: id,
  date: timestamp.map((t) => t.slice(0, 10)),
  round: fc.constantFrom(...ROUNDS),
  status: fc.constantFrom(...UPDATE_STATUSES),
  percent: fc.integer({ min: 0, max: 100 }),
  result: text,
  suggestions: text,
  outcome: text,
  problems: text,
  evidence: fc.array(text, { maxLength: 2 }),
  reporter: text,
});

const deadline = fc.record({
  fiscalYear: fc.integer({ min: 2400, max: 2700 }),
  round: fc.constantFrom(...ROUNDS),
  due: timestamp.map((t) => t.slice(0, 10)),
});
const cell = fc.record({
  measureId: id,
  column: fc.constantFrom(...REPORT_CELL_COLUMNS),
  text,
});
const ofRound = {
  officeId: id,
  fiscalYear: fc.integer({ min: 2560, max: 2575 }),
  round: fc.constantFrom(...ROUNDS),
};
const roundReport = fc.record({
  ...ofRound,
  cells: fc.array(cell, { maxLength: 3 }),
});
const approvalFields = fc.record({
  ...ofRound,
  approver: fc.record({ name: text, position: text }),
  approvedAt: fc.constant('2025-04-02T03:00:00.000Z'),
  language: fc.constantFrom('th' as const, 'en' as const),
  digits: fc.constantFrom('thai' as const, 'arabic' as const),
  measureIds: fc.array(id, { maxLength: 2 }),
  updates: fc.array(
    fc.record({ id, rev: fc.constant(`1-${'a'.repeat(32)}`) }),
    { maxLength: 2 },
  ),
  cells: fc.array(cell, { maxLength: 2 }),
  sha256: fc.constant('0'.repeat(64)),
});
const reopened = fc.record({
  at: fc.constant('2025-05-02T03:00:00.000Z'),
  by: text,
  reason: text,
});
const approval = fc
  .tuple(approvalFields, fc.option(reopened, { nil: undefined }))
  .map(([fields, r]) => (r ? { ...fields, reopened: r } : fields));

const oitItem = fc.record({
  officeId: id,
  fiscalYear: fc.integer({ min: 2560, max: 2575 }),
  number: fc.constantFrom('O36', 'O37', 'O42'),
  title: text,
  asks: text,
  documents: fc.array(
    fc.record({
      kind: fc.constantFrom(...OIT_DOCUMENTS),
      url: fc.constantFrom('', 'https://www.khunkaew.go.th/ita'),
    }),
    { maxLength: 2 },
  ),
  links: fc.array(text, { maxLength: 2 }),
  allMeasures: fc.boolean(),
  measureIds: fc.array(id, { maxLength: 2 }),
  withUpdates: fc.boolean(),
});

const fieldsOf = {
  offices: office,
  measures: measure,
  updates: update,
  deadlines: deadline,
  roundReports: roundReport,
  approvals: approval,
  oitItems: oitItem,
};

/** A stored record of `kind`. */
export function recordArb<K extends RecordKind>(
  kind: K,
): fc.Arbitrary<RecordOf[K]> {
  return fc
    .tuple(revisioned, fieldsOf[kind] as fc.Arbitrary<object>)
    .map(([meta, fields]) => sortedKeys({ ...fields, ...meta }) as RecordOf[K]);
}

/** A stored record of any kind, with its kind. */
export const anyRecordArb = fc.oneof(
  ...RECORD_KINDS.map((kind) =>
    recordArb(kind).map((record) => ({ kind, record })),
  ),
);
