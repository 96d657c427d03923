import { describe, expect, it } from 'vitest';

import { distinctFiles, sameBytes } from './distinct-files';

const file = (name: string, text: string, lastModified = 1_000) =>
  new File([text], name, { lastModified });

describe('distinctFiles: the same file picked twice counts once', () => {
  it('keeps one of the same name, size and time, in the order picked', async () => {
    const a = file('a.json', '{"x":1}');
    const b = file('b.json', '{"y":2}');
    expect(await distinctFiles([a, b, file('a.json', '{"x":1}')])).toEqual([
      a,
      b,
    ]);
  });

  it('keeps one of the same name and bytes, saved at other times (a copy)', async () => {
    const a = file('a.json', '{"x":1}', 1_000);
    const copy = file('a.json', '{"x":1}', 9_000);
    expect(await distinctFiles([a, copy])).toEqual([a]);
  });

  it('keeps files that only share a name and size', async () => {
    const a = file('a.json', '{"x":1}', 1_000);
    const other = file('a.json', '{"x":2}', 9_000);
    expect(await distinctFiles([a, other])).toEqual([a, other]);
  });

  it('keeps the same bytes under another name', async () => {
    const a = file('a.json', '{"x":1}');
    const renamed = file('a (1).json', '{"x":1}');
    expect(await distinctFiles([a, renamed])).toEqual([a, renamed]);
  });

  it('compares bytes part by part', async () => {
    const text = 'ก'.repeat(5_000);
    expect(await sameBytes(new Blob([text]), new Blob([text]), 1_000)).toBe(
      true,
    );
    expect(
      await sameBytes(new Blob([text]), new Blob([`${text.slice(1)}ข`]), 1_000),
    ).toBe(false);
  });
});
