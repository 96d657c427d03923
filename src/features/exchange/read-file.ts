/**
 * Turns a picked file into text, refusing what cannot be a bundle before it
 * costs memory: a file over the limit, gzip that inflates past the limit (a
 * "zip bomb"), gzip cut off in transfer, bytes that are not UTF-8.
 */
import { BundleError } from '@/bundle/bundle-error';

/** Bundles of a province (about 100,000 records) take some 40 MB as JSON. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

const isGzip = (head: Uint8Array) => head[0] === 0x1f && head[1] === 0x8b;

async function gunzip(file: Blob): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = file
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BUNDLE_BYTES) {
        await reader.cancel();
        throw new BundleError('tooLarge', {
          limitMb: MAX_BUNDLE_BYTES / 1024 / 1024,
        });
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError('truncatedGzip');
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readFileText(file: Blob): Promise<string> {
  if (file.size === 0) throw new BundleError('empty');
  if (file.size > MAX_BUNDLE_BYTES) {
    throw new BundleError('tooLarge', {
      limitMb: MAX_BUNDLE_BYTES / 1024 / 1024,
    });
  }
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const bytes = isGzip(head)
    ? await gunzip(file)
    : new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('notUtf8');
  }
}
