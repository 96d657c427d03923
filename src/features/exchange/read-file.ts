/**
 * Turns a picked file into its bundle's bytes, refusing what cannot be a
 * bundle before it costs memory: a file of another kind (an Excel workbook,
 * a PDF: bundle/file-kind.ts), a file over the limit, gzip that inflates
 * past the limit (a "zip bomb"), gzip cut off in transfer, bytes that are
 * not UTF-8. Both readings (whole and in slices) take their bytes from here. Inflated bytes go into a Blob, which the browser may keep on
 * disk: a nation's bundle never sits in the page's memory whole.
 */
import { BundleError } from '@/bundle/bundle-error';
import { HEAD_BYTES, otherFileKind } from '@/bundle/file-kind';

/**
 * A province's bundle (about 100,000 records) is some 75 MB; a nation's 10
 * times that. 1 GiB (after decompression) holds a nation's with room, and a
 * 4 GB laptop can hold it: a gzip file inflates into a Blob the browser may
 * keep on disk, and the reading in slices holds about 2 MB of it at a time.
 */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
/**
 * How many times its size a gzip file may inflate to once past
 * INFLATION_FREE: a bundle inflates 5–15 times (ids and revs are hex), a
 * bomb hundreds or thousands; it is refused at that point, not at the limit.
 */
export const MAX_INFLATION = 100;
const INFLATION_FREE = 64 * 1024 * 1024;
/** Up to this size a bundle is read whole; above it, in slices (bundle/stream). */
export const WHOLE_UP_TO = 16 * 1024 * 1024;
/** Inflated bytes are handed to a Blob every so often, not kept as arrays. */
const BLOB_PART = 16 * 1024 * 1024;

const isGzip = (head: Uint8Array) => head[0] === 0x1f && head[1] === 0x8b;
const tooLarge = () =>
  new BundleError('tooLarge', { limitMb: MAX_BUNDLE_BYTES / 1024 / 1024 });

async function gunzip(file: Blob): Promise<Blob> {
  const bombAt = Math.max(INFLATION_FREE, file.size * MAX_INFLATION);
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
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
      if (size > MAX_BUNDLE_BYTES || size > bombAt) {
        await reader.cancel();
        throw size > MAX_BUNDLE_BYTES
          ? tooLarge()
          : new BundleError('inflatesTooMuch', { times: MAX_INFLATION });
      }
      pending.push(value);
      pendingSize += value.byteLength;
      if (pendingSize >= BLOB_PART) {
        parts.push(new Blob(pending as BlobPart[]));
        pending = [];
        pendingSize = 0;
      }
    }
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError('truncatedGzip');
  }
  return new Blob([...parts, ...(pending as BlobPart[])]);
}

const headOf = async (blob: Blob) =>
  new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());

/** Refuses a file of another kind, naming the kind. */
function refuseOtherKind(head: Uint8Array, name: string) {
  const kind = otherFileKind(head, name);
  if (kind) throw new BundleError('otherFile', { kind });
}

/**
 * The bundle's bytes: the file itself, or what its gzip inflates to.
 * `name` (a File's own by default) tells kinds whose bytes say nothing.
 */
export async function bundleBytes(
  file: Blob,
  name = file instanceof File ? file.name : '',
): Promise<Blob> {
  if (file.size === 0) throw new BundleError('empty');
  if (file.size > MAX_BUNDLE_BYTES) throw tooLarge();
  const head = await headOf(file);
  refuseOtherKind(head, name);
  if (!isGzip(head)) return file;
  const inflated = await gunzip(file);
  refuseOtherKind(await headOf(inflated), name.replace(/\.gz$/i, ''));
  return inflated;
}

export async function readFileText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await (await bundleBytes(file)).arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('notUtf8');
  }
}
