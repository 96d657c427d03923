/**
 * The same file picked twice (from two folders of a search, or dropped and
 * picked again) would be listed twice and its records counted twice in the
 * preview. Two picks are the same file when they have the same name and
 * size, and the same modification time or, for a copy, the same bytes.
 */

const PART = 16 * 1024 * 1024;

/** Whether two blobs hold the same bytes, read `part` bytes at a time. */
export async function sameBytes(a: Blob, b: Blob, part = PART) {
  if (a.size !== b.size) return false;
  for (let at = 0; at < a.size; at += part) {
    const [x, y] = await Promise.all(
      [a, b].map(
        async (blob) =>
          new Uint8Array(await blob.slice(at, at + part).arrayBuffer()),
      ),
    );
    if (!x || !y || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}

/** The files in the order picked, each once. */
export async function distinctFiles(files: readonly File[]): Promise<File[]> {
  const kept: File[] = [];
  for (const file of files) {
    const twins = kept.filter(
      (k) => k.name === file.name && k.size === file.size,
    );
    let twice = twins.some((k) => k.lastModified === file.lastModified);
    for (const twin of twins) twice ||= await sameBytes(twin, file);
    if (!twice) kept.push(file);
  }
  return kept;
}
