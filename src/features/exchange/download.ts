/** The bundle's text as the file to save, gzip-compressed when asked (CompressionStream). */
export async function bundleBlob(text: string, gzip: boolean): Promise<Blob> {
  const json = new Blob([text], { type: 'application/json' });
  return gzip
    ? new Response(
        json.stream().pipeThrough(new CompressionStream('gzip')),
      ).blob()
    : json;
}

/** Saves a bundle's text (gatherExportFile) as a file. */
export async function downloadBundle(
  text: string,
  fileName: string,
  gzip: boolean,
) {
  const blob = await bundleBlob(text, gzip);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
