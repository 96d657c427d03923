import { encryptFile } from '@/bundle/encryption';

/** The bundle's file (gatherExportFile) as saved, gzip-compressed when asked (CompressionStream). */
export async function bundleBlob(json: Blob, gzip: boolean): Promise<Blob> {
  return gzip
    ? new Response(
        json.stream().pipeThrough(new CompressionStream('gzip')),
      ).blob()
    : json;
}

/** The file, encrypted with `passphrase` when one is given (bundle/encryption.ts). */
async function sealed(blob: Blob, passphrase?: string): Promise<Blob> {
  if (passphrase === undefined) return blob;
  const plain = new Uint8Array(await blob.arrayBuffer());
  const file = await encryptFile(crypto.subtle, plain, passphrase);
  return new Blob([file as BlobPart], { type: 'application/octet-stream' });
}

/** Saves a bundle's file (gatherExportFile) under `fileName`. */
export async function downloadBundle(
  json: Blob,
  fileName: string,
  gzip: boolean,
  passphrase?: string,
) {
  const blob = await sealed(await bundleBlob(json, gzip), passphrase);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
