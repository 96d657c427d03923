/** The bundle's file (gatherExportFile) as saved, gzip-compressed when asked (CompressionStream). */
export async function bundleBlob(json: Blob, gzip: boolean): Promise<Blob> {
  return gzip
    ? new Response(
        json.stream().pipeThrough(new CompressionStream('gzip')),
      ).blob()
    : json;
}

/** Saves a bundle's file (gatherExportFile) under `fileName`. */
export async function downloadBundle(
  json: Blob,
  fileName: string,
  gzip: boolean,
) {
  const blob = await bundleBlob(json, gzip);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
