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
  'roundReports',
  'approvals',
  'oitItems',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** byKind(() => []) → { offices: [], measures: [], … }: one value a kind. */
export function byKind<T>(
  make: (kind: RecordKind) => T,
): Record<RecordKind, T> {
  return Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, make(kind)]),
  ) as Record<RecordKind, T>;
}
