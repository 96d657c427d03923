import {
  bundleFileOf,
  bundleFrame,
  recordsText,
  textSink,
  type TextSink,
} from './bundle-file';
import { bundleChecksum } from './checksum';
import { BUNDLE_TYPE, BUNDLE_VERSION, type Bundle } from './envelope';
import type { ConflictRecord } from './read-bundle';
import type { RecordKind, RecordOf } from './record-schemas';
import type { BundleSignature } from './signature';

export interface BundleContent {
  exportedAt: string;
  source: Bundle['source'];
  scope: Bundle['scope'];
  /** The later lists (deadlines, report texts, approvals, OIT items) may be left out: a file then carries them empty. */
  records: { [K in CoreKind]: RecordOf[K][] } & {
    [K in Exclude<RecordKind, CoreKind>]?: RecordOf[K][];
  };
  conflicts: ConflictRecord[];
}

/** The lists every bundle's content names; the later ones may be left out. */
type CoreKind = 'offices' | 'measures' | 'updates';

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
    // The app's bundles always carry every list, empty when there is none.
    deadlines: content.records.deadlines ?? [],
    roundReports: content.records.roundReports ?? [],
    approvals: content.records.approvals ?? [],
    oitItems: content.records.oitItems ?? [],
    conflicts: content.conflicts,
  } as const;
}

/** A complete bundle with its checksum; tombstones travel like any record. */
export function createBundle(content: BundleContent): Bundle {
  const body = bundleBody(content);
  return { ...body, sha256: bundleChecksum(body) } as Bundle;
}

/** A bundle's content but its updates, which come a page at a time. */
export type FrameContent = Omit<BundleContent, 'records'> & {
  records: Omit<BundleContent['records'], 'updates'>;
};

/** Signs a file's checksum (the device's key: db/keys/device-key.ts). */
export type SignChecksum = (sha256: string) => Promise<BundleSignature>;

export interface BundleWriter {
  page(updates: readonly RecordOf['updates'][]): void;
  /** Ends the file, signed by `sign` when given. */
  end(sign?: SignChecksum): Promise<{ sha256: string; file: Blob }>;
}

/**
 * Writes a bundle's file to `sink`: the canonical text the checksum covers,
 * the updates a page at a time (`page`), then `sha256` added last (`end`).
 * The records are serialized once, straight into the file's bytes.
 */
export function bundleFileWriter(
  content: FrameContent,
  sink: TextSink,
): BundleWriter {
  const body = bundleBody({
    ...content,
    records: { ...content.records, updates: [] },
  });
  const { head, tail } = bundleFrame(body);
  sink.write(head);
  let first = true;
  return {
    page(updates: readonly RecordOf['updates'][]) {
      if (updates.length === 0) return;
      const text = recordsText(updates);
      sink.write(first ? text : `,${text}`);
      first = false;
    },
    async end(sign?: SignChecksum): Promise<{ sha256: string; file: Blob }> {
      sink.write(tail);
      const encoded = await sink.finish();
      const signature = sign ? await sign(encoded.sha256) : undefined;
      return { sha256: encoded.sha256, file: bundleFileOf(encoded, signature) };
    },
  };
}

/** The same bundle and its file, for export. */
export async function createBundleFile(
  content: BundleContent,
  sink: TextSink = textSink(),
  sign?: SignChecksum,
): Promise<{ bundle: Bundle; file: Blob }> {
  const writer = bundleFileWriter(content, sink);
  writer.page(content.records.updates);
  const { sha256, file } = await writer.end(sign);
  return { bundle: { ...bundleBody(content), sha256 } as Bundle, file };
}
