import type { ByteSource } from '@/bundle/stream/byte-source';
import { DEFAULT_WINDOW } from '@/bundle/stream/byte-source';

// A worker-only global: TypeScript's DOM library does not declare it.
declare const FileReaderSync: new () => {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
};

/**
 * A Blob read synchronously, in the import worker: the streamed import reads
 * the file's next slice inside its IndexedDB transaction, which an awaited
 * read would let commit.
 */
export function blobSource(blob: Blob): ByteSource {
  const reader = new FileReaderSync();
  return {
    size: blob.size,
    window: DEFAULT_WINDOW,
    read: (start, end) =>
      new Uint8Array(reader.readAsArrayBuffer(blob.slice(start, end))),
  };
}
