/**
 * The bundle envelope: the unit of exchange between laptops and offices.
 * Policy: shipped field names are never removed, renamed or reused; a new
 * field is optional and comes with a new version and a named upgrade step.
 */
import { z } from 'zod';

import {
  approvalSchema,
  deadlineSchema,
  measureSchema,
  officeSchema,
  oitItemSchema,
  RECORD_KINDS,
  roundReportSchema,
  updateSchema,
} from './record-schemas';
import { signatureSchema } from './signature';

export const BUNDLE_TYPE = 'ita-tracker/bundle';
export const BUNDLE_VERSION = 8;

const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest');

const meta = {
  type: z.literal(BUNDLE_TYPE),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  source: z.strictObject({
    app: z.string().max(100),
    appVersion: z.string().max(100),
    device: z.string().max(200),
  }),
  /** What the exporter meant to include: an office, a fiscal year, or all. */
  scope: z.strictObject({
    offices: z.array(z.string().max(128)),
    fiscalYears: z.array(z.number().int()),
  }),
  sha256: sha256Hex,
  /**
   * Since version 8: the exporting device's signature of `sha256`, with its
   * public key (signature.ts); older files and other tools' have none.
   */
  signature: signatureSchema.optional(),
};

/**
 * Losing revisions of records edited apart (conflicts), so that whoever
 * imports the bundle ends with the same versions as the exporter.
 */
const conflictOf = <K extends string, S extends z.ZodType>(
  kind: K,
  record: S,
) => z.strictObject({ kind: z.literal(kind), record });

/** The envelope as read: records stay unknown until each is checked alone. */
export const envelopeSchema = z.strictObject({
  ...meta,
  offices: z.array(z.unknown()),
  measures: z.array(z.unknown()),
  updates: z.array(z.unknown()),
  /** Since version 5: the round deadlines of the fiscal years in scope. */
  deadlines: z.array(z.unknown()).optional(),
  /** Since version 6: a round's report texts and approvals; older files have none. */
  roundReports: z.array(z.unknown()).optional(),
  approvals: z.array(z.unknown()).optional(),
  /** Since version 7: the OIT items of an office's years and what answers them. */
  oitItems: z.array(z.unknown()).optional(),
  conflicts: z.array(z.unknown()).optional(),
});

export const conflictEntrySchema = z.strictObject({
  kind: z.enum(RECORD_KINDS),
  record: z.unknown(),
});

/** The whole bundle, records included: the source of the published JSON Schema. */
export const bundleSchema = z.strictObject({
  ...meta,
  offices: z.array(officeSchema),
  measures: z.array(measureSchema),
  updates: z.array(updateSchema),
  deadlines: z.array(deadlineSchema).optional(),
  roundReports: z.array(roundReportSchema).optional(),
  approvals: z.array(approvalSchema).optional(),
  oitItems: z.array(oitItemSchema).optional(),
  conflicts: z
    .array(
      z.discriminatedUnion('kind', [
        conflictOf('offices', officeSchema),
        conflictOf('measures', measureSchema),
        conflictOf('updates', updateSchema),
        conflictOf('deadlines', deadlineSchema),
        conflictOf('roundReports', roundReportSchema),
        conflictOf('approvals', approvalSchema),
        conflictOf('oitItems', oitItemSchema),
      ]),
    )
    .optional(),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleEnvelope = z.infer<typeof envelopeSchema>;
export type ConflictEntry = NonNullable<Bundle['conflicts']>[number];
