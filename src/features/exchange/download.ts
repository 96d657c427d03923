import type { Bundle } from '@/bundle/envelope';

/** Saves a bundle as a file, gzip-compressed when asked (CompressionStream). */
export async function downloadBundle(
  bundle: Bundle,
  fileName: string,
  gzip: boolean,
) {
  const json = new Blob([JSON.stringify(bundle)], { type: 'application/json' });
  const blob = gzip
    ? await new Response(
        json.stream().pipeThrough(new CompressionStream('gzip')),
      ).blob()
    : json;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
