/**
 * Reads a part file (one record per line) synchronously, a chunk at a time:
 * FileReaderSync exists only in workers, and being synchronous it can feed
 * an IndexedDB transaction without letting it commit in between.
 */
const NEWLINE = 0x0a;

// A worker-only global: TypeScript's DOM library does not declare it.
declare const FileReaderSync: new () => {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
};

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (head.length === 0) return tail;
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head);
  bytes.set(tail, head.length);
  return bytes;
}

const parseLine = (line: string): unknown =>
  JSON.parse(line.startsWith(',') ? line.slice(1) : line);

/** The file's records, parsed, in chunks of about `chunkBytes`. */
export function* recordChunks(
  file: Blob,
  chunkBytes: number,
): Generator<unknown[]> {
  const reader = new FileReaderSync();
  const decoder = new TextDecoder();
  let carry: Uint8Array = new Uint8Array(0);
  for (let at = 0; at < file.size; at += chunkBytes) {
    const read = new Uint8Array(
      reader.readAsArrayBuffer(file.slice(at, at + chunkBytes)),
    );
    const bytes = concat(carry, read);
    const last =
      at + chunkBytes >= file.size ? bytes.length : bytes.lastIndexOf(NEWLINE);
    if (last < 0) {
      carry = bytes;
      continue;
    }
    carry = bytes.slice(last + 1);
    const text = decoder.decode(bytes.subarray(0, last));
    if (text !== '') yield text.split('\n').map(parseLine);
  }
}
