import { bundleChecksum } from './checksum';
import { BUNDLE_TYPE, BUNDLE_VERSION, type Bundle } from './envelope';
import type { ConflictRecord } from './read-bundle';
import type { RecordKind, RecordOf } from './record-schemas';

export interface BundleContent {
  exportedAt: string;
  source: Bundle['source'];
  scope: Bundle['scope'];
  records: { [K in RecordKind]: RecordOf[K][] };
  conflicts: ConflictRecord[];
}

/** A complete bundle with its checksum; tombstones travel like any record. */
export function createBundle(content: BundleContent): Bundle {
  const body = {
    type: BUNDLE_TYPE,
    version: BUNDLE_VERSION,
    exportedAt: content.exportedAt,
    source: content.source,
    scope: content.scope,
    offices: content.records.offices,
    measures: content.records.measures,
    updates: content.records.updates,
    conflicts: content.conflicts,
  } as const;
  return { ...body, sha256: bundleChecksum(body) } as Bundle;
}
