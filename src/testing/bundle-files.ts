/**
 * Bundles as the import tests hand them over: exported from the test
 * database, carried as JSON text with their checksum, and read back either
 * whole or in slices, as the import screen reads them.
 */
import { bundleChecksum } from '@/bundle/checksum';
import { parseJson, readBundle } from '@/bundle/read-bundle';
import { bytesSource, DEFAULT_WINDOW } from '@/bundle/stream/byte-source';
import { openBundle } from '@/bundle/stream/open-bundle';
import { gatherExport, type ExportScope } from '@/db/exchange/gather-export';
import type { ImportFile } from '@/db/exchange/import-files';

/** Who exported: the same in every test bundle. */
export const EXPORT_SOURCE = {
  appVersion: 't',
  device: 't',
  exportedAt: '2025-10-05T00:00:00.000Z',
};

/** What is stored, as a bundle to change before it is carried. */
export async function exportedBundle(
  scope: ExportScope = { kind: 'all' },
  source = EXPORT_SOURCE,
) {
  const bundle = await gatherExport(scope, source);
  return structuredClone(bundle) as unknown as Record<string, unknown[]>;
}

/** A bundle as its file carries it: JSON text with its checksum. */
export function signedText(bundle: object): string {
  return JSON.stringify({ ...bundle, sha256: bundleChecksum(bundle) });
}

/** What is stored, as the text of an exported file. */
export async function exportedText(
  scope: ExportScope = { kind: 'all' },
  source = EXPORT_SOURCE,
): Promise<string> {
  return signedText(await gatherExport(scope, source));
}

const defaultNames = (texts: readonly string[]) =>
  texts.map((_, i) => `f${i}.json`);

/** Files (named f0.json, f1.json, … unless named) read whole: one slice each. */
export function wholeFiles(
  texts: readonly string[],
  names = defaultNames(texts),
): ImportFile[] {
  return texts.map((text, i) => ({
    name: names[i] ?? '',
    read: readBundle(parseJson(text)),
  }));
}

/** The same files to read in slices, their bytes `window` at a time. */
export function streamedFiles(
  texts: readonly string[],
  window = DEFAULT_WINDOW,
  names = defaultNames(texts),
): ImportFile[] {
  return texts.map((text, i) => ({
    name: names[i] ?? '',
    opened: openBundle(bytesSource(new TextEncoder().encode(text), window)),
  }));
}
