import { describe, expect, it } from 'vitest';

import { BundleError } from '@/bundle/bundle-error';

import { MAX_BUNDLE_BYTES, readFileText } from './read-file';

async function gzip(text: string): Promise<Blob> {
  const stream = new Blob([text])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

async function reason(file: Blob) {
  try {
    await readFileText(file);
    return 'accepted';
  } catch (error) {
    return error instanceof BundleError ? error.reason : String(error);
  }
}

describe('readFileText', () => {
  it('reads plain and gzip-compressed UTF-8 text', async () => {
    expect(await readFileText(new Blob(['{"ก":1}']))).toBe('{"ก":1}');
    expect(await readFileText(await gzip('{"ข":2}'))).toBe('{"ข":2}');
  });

  it.each([
    ['an empty file', async () => new Blob([]), 'empty'],
    [
      'bytes that are not UTF-8',
      async () => new Blob([new Uint8Array([0x7b, 0xff, 0xfe])]),
      'notUtf8',
    ],
    [
      'gzip cut off in transfer',
      async () => {
        const whole = new Uint8Array(
          await (await gzip('x'.repeat(10_000) + Math.random())).arrayBuffer(),
        );
        return new Blob([whole.slice(0, whole.length - 12)]);
      },
      'truncatedGzip',
    ],
    // Checked by size before a byte is read: no need for a real 256 MB file.
    [
      'a file over the limit',
      async () => ({ size: MAX_BUNDLE_BYTES + 1 }) as Blob,
      'tooLarge',
    ],
  ])('refuses %s', async (_name, make, expected) => {
    expect(await reason(await make())).toBe(expected);
  });
});
