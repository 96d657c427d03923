import { describe, expect, it } from 'vitest';

import { BundleError } from '@/bundle/bundle-error';

import {
  bundleBytes,
  MAX_BUNDLE_BYTES,
  MAX_INFLATION,
  readFileText,
} from './read-file';

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

describe('bundleBytes: a file of another kind is named, before any reading', () => {
  const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array<number>(40)]);
  const refusal = async (file: File) => {
    try {
      await bundleBytes(file);
      return 'accepted';
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      return `${error.reason} ${JSON.stringify(error.details)}`;
    }
  };

  it.each([
    ['an Excel workbook', new File([xlsx], 'รายงาน ITA 2568.xlsx'), 'excel'],
    ['a PDF', new File(['%PDF-1.4 ...'], 'report.pdf'), 'pdf'],
    ['a CSV', new File(['ที่,มาตรการ\n1,ก\n'], 'measures.csv'), 'csv'],
  ])('%s', async (_name, file, kind) => {
    expect(await refusal(file)).toBe(`otherFile {"kind":"${kind}"}`);
  });

  it('looks inside gzip too', async () => {
    const file = new File([await gzip('ที่,มาตรการ\n')], 'measures.csv.gz');
    expect(await refusal(file)).toBe('otherFile {"kind":"csv"}');
  });

  it('reads a bundle whatever its name', async () => {
    const file = new File(['{"type":"ita-tracker/bundle"}'], 'bundle.xlsx');
    expect(await refusal(file)).toBe('accepted');
  });
});

describe('a gzip bomb is refused by its inflated size, early', () => {
  it('from how much it inflates while streaming, long before the limit', async () => {
    // 96 MiB of spaces inside an object inflate from some 100 KB: a bomb.
    const body = new Blob([
      '{',
      new Uint8Array(96 * 1024 * 1024).fill(32),
      '}',
    ]);
    const bomb = await new Response(
      body.stream().pipeThrough(new CompressionStream('gzip')),
    ).blob();
    expect(bomb.size * MAX_INFLATION).toBeLessThan(96 * 1024 * 1024);
    expect(await reason(bomb)).toBe('inflatesTooMuch');
  });

  it('the limit is one a 4 GB laptop can hold: at most 1 GiB', () => {
    expect(MAX_BUNDLE_BYTES).toBeLessThanOrEqual(1024 * 1024 * 1024);
  });
});
