/**
 * The shape of each record in a bundle, checked one record at a time so a bad
 * record is reported by its place and reason and never sinks the good ones.
 * Objects are strict: an unknown key (a typo, `__proto__`) is an error.
 */
import { z } from 'zod';

import { YEAR_MONTH_PATTERN } from '@/domain/period';
import { REV_PATTERN, REVS_LIMIT } from '@/domain/revision';
import {
  METHODS_STYLES,
  OFFICE_KINDS,
  ROUNDS,
  REPORT_CELL_COLUMNS,
  UPDATE_STATUSES,
  type Approval,
  type Measure,
  type Office,
  type ProgressUpdate,
  type RoundDeadline,
  type RoundReport,
} from '@/domain/types';

/** Generous limits that stop a hostile file from exhausting memory per field. */
const TEXT_MAX = 20_000;
const LIST_MAX = 500;

const text = z.string().max(TEXT_MAX);
const id = z.string().min(1).max(128);
// Patterns, not refinements, so that the published JSON Schema carries them
// (json-schema.ts): another tool checks what the app checks.
const rev = z
  .string()
  .regex(REV_PATTERN, 'not a revision like "3-<32 hex>"')
  .describe('"<generation>-<32 hex digits>", docs/bundle-format.md');
const timestamp = z.iso.datetime({ offset: true });
const yearMonth = z
  .string()
  .regex(YEAR_MONTH_PATTERN, 'not a month like "2024-10"');

const revisioned = {
  id,
  rev,
  // One chain below `rev` (CouchDB's `_revisions`), which no JSON Schema
  // can say; a list that is not one is put in chain form (chain-form.ts).
  revs: z
    .array(rev)
    .max(REVS_LIMIT)
    .describe(
      'The ancestors, parent first: one chain of consecutive generations below rev (CouchDB _revisions). This schema cannot check the chain; the app puts a list that is not one in chain form (docs/bundle-format.md)',
    ),
  createdAt: timestamp,
  updatedAt: timestamp,
  deleted: z.boolean().optional(),
};

const fiscalYear = z.number().int().min(2400).max(2700);
const signatory = z.strictObject({ name: text, position: text });

export const officeSchema = z.strictObject({
  ...revisioned,
  name: text,
  kind: z.enum(OFFICE_KINDS),
  district: text,
  province: text,
  website: text,
  units: z.array(z.strictObject({ id, name: text })).max(LIST_MAX),
  preparedBy: signatory,
  endorsedBy: signatory,
  approvedBy: signatory,
  itaResults: z
    .array(
      z.strictObject({
        fiscalYear,
        score: z.number().min(0).max(100),
        level: z.string().max(40),
      }),
    )
    .max(LIST_MAX)
    .optional(),
}) satisfies z.ZodType<Office>;

const period = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fiscal-year') }),
  z
    .strictObject({ kind: z.literal('months'), from: yearMonth, to: yearMonth })
    .refine((p) => p.from <= p.to, 'the period ends before it starts')
    .describe('from <= to, which the app checks and this schema cannot'),
]);

export const measureSchema = z.strictObject({
  ...revisioned,
  officeId: id,
  fiscalYear,
  order: z.number().finite(),
  title: text,
  methods: z.array(text).max(LIST_MAX),
  methodsStyle: z.enum(METHODS_STYLES).optional(),
  period,
  allUnits: z.boolean(),
  unitIds: z.array(id).max(LIST_MAX),
  expectedOutcome: text,
  weakness: text,
  evidence: z.array(text).max(LIST_MAX),
}) satisfies z.ZodType<Measure>;

export const updateSchema = z.strictObject({
  ...revisioned,
  measureId: id,
  officeId: id,
  date: z.iso.date(),
  round: z.enum(ROUNDS),
  status: z.enum(UPDATE_STATUSES),
  percent: z.number().min(0).max(100),
  result: text,
  suggestions: text,
  outcome: text,
  problems: text,
  evidence: z.array(text).max(LIST_MAX),
  reporter: text,
}) satisfies z.ZodType<ProgressUpdate>;

export const deadlineSchema = z.strictObject({
  ...revisioned,
  fiscalYear: z.number().int().min(2400).max(2700),
  round: z.enum(ROUNDS),
  due: z.iso.date(),
}) satisfies z.ZodType<RoundDeadline>;
const reportCell = z.strictObject({
  measureId: id,
  column: z.enum(REPORT_CELL_COLUMNS),
  text,
});
// Seven cells a measure, for a year's measures.
const CELLS_MAX = LIST_MAX * REPORT_CELL_COLUMNS.length;

/** A round's report text (version 6): the cells edited for the printout. */
export const roundReportSchema = z.strictObject({
  ...revisioned,
  officeId: id,
  fiscalYear,
  round: z.enum(ROUNDS),
  cells: z.array(reportCell).max(CELLS_MAX),
}) satisfies z.ZodType<RoundReport>;

/** The approval of a round's report (version 6). */
export const approvalSchema = z.strictObject({
  ...revisioned,
  officeId: id,
  fiscalYear,
  round: z.enum(ROUNDS),
  approver: signatory,
  approvedAt: timestamp,
  language: z.enum(['th', 'en']),
  digits: z.enum(['thai', 'arabic']),
  measureIds: z.array(id).max(LIST_MAX),
  updates: z.array(z.strictObject({ id, rev })).max(LIST_MAX * 100),
  cells: z.array(reportCell).max(CELLS_MAX),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest'),
  reopened: z
    .strictObject({ at: timestamp, by: text, reason: text })
    .optional(),
}) satisfies z.ZodType<Approval>;

export { byKind, RECORD_KINDS, type RecordKind } from './record-kinds';

export const recordSchemas = {
  offices: officeSchema,
  measures: measureSchema,
  updates: updateSchema,
  deadlines: deadlineSchema,
  roundReports: roundReportSchema,
  approvals: approvalSchema,
} as const;

export interface RecordOf {
  offices: Office;
  measures: Measure;
  updates: ProgressUpdate;
  deadlines: RoundDeadline;
  roundReports: RoundReport;
  approvals: Approval;
}
