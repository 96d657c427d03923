/**
 * The kinds of records a bundle carries, apart from their schemas
 * (record-schemas.ts): the write path lists them on every change, and the
 * first screen, which writes, need not load the schemas (zod) to do so.
 */
export const RECORD_KINDS = [
  'offices',
  'measures',
  'updates',
  'deadlines',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
