import type { Bundle } from '@/bundle/envelope';

/** The bundle as the file to save, gzip-compressed when asked (CompressionStream). */
export async function bundleBlob(bundle: Bundle, gzip: boolean): Promise<Blob> {
  const json = new Blob([JSON.stringify(bundle)], { type: 'application/json' });
  return gzip
    ? new Response(
        json.stream().pipeThrough(new CompressionStream('gzip')),
      ).blob()
    : json;
}

/** Saves a bundle as a file. */
export async function downloadBundle(
  bundle: Bundle,
  fileName: string,
  gzip: boolean,
) {
  const blob = await bundleBlob(bundle, gzip);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
