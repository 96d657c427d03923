/**
 * Files in the origin's private file system (OPFS): generated bundles go to
 * disk like a downloaded file would, and come back as real `File` objects
 * without ever being one string in memory (a nation bundle is larger than
 * the longest string V8 allows).
 */
const FLUSH_AT = 4 * 1024 * 1024;

export interface TextSink {
  write(text: string): Promise<void>;
  close(): Promise<File>;
}

const root = () => navigator.storage.getDirectory();

export async function opfsFile(name: string): Promise<File> {
  const handle = await (await root()).getFileHandle(name);
  return handle.getFile();
}

/** Writes many small strings as a few large writes. */
export async function opfsSink(name: string): Promise<TextSink> {
  const handle = await (await root()).getFileHandle(name, { create: true });
  const stream = await handle.createWritable();
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await stream.write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) await flush();
    },
    async close() {
      await flush();
      await stream.close();
      return handle.getFile();
    },
  };
}

/** Saves a Blob (e.g. parts of files put together) as one file. */
export async function opfsSave(name: string, blob: Blob): Promise<File> {
  const handle = await (await root()).getFileHandle(name, { create: true });
  const stream = await handle.createWritable();
  await stream.write(blob);
  await stream.close();
  return handle.getFile();
}
