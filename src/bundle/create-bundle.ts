import { bundleChecksum, checksumText, sha256Hex } from './checksum';
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

function bundleBody(content: BundleContent) {
  return {
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
}

/** A complete bundle with its checksum; tombstones travel like any record. */
export function createBundle(content: BundleContent): Bundle {
  const body = bundleBody(content);
  return { ...body, sha256: bundleChecksum(body) } as Bundle;
}

/**
 * The same bundle and its file, for export. The file is the canonical text
 * the checksum covers, with `sha256` added last: the records are serialized
 * once (not once for the checksum and again for the file), encoded to UTF-8
 * once, and hashed natively.
 */
export async function createBundleFile(
  content: BundleContent,
): Promise<{ bundle: Bundle; file: Blob }> {
  const body = bundleBody(content);
  const bytes = new TextEncoder().encode(checksumText(body));
  const sha256 = await sha256Hex(bytes);
  // The canonical text ends with the closing brace: the checksum goes before it.
  const file = new Blob(
    [bytes.subarray(0, bytes.length - 1), `,"sha256":"${sha256}"}`],
    { type: 'application/json' },
  );
  return { bundle: { ...body, sha256 } as Bundle, file };
}
