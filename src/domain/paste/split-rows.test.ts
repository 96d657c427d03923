import { describe, expect, it } from 'vitest';

import { splitRows } from './split-rows';

describe('splitRows', () => {
  it('cuts lines at line breaks and cells at tabs, counting lines from 1', () => {
    expect(splitRows('a\tb\n\nc\r\nd\t')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['c'] },
      { line: 4, cells: ['d', ''] },
    ]);
  });

  it('reads cells quoted as Excel copies them, line breaks and quotes inside', () => {
    const text = 'x\t"line 1\nline 2"\t"say ""hi"""\ny\tz';
    expect(splitRows(text)).toEqual([
      { line: 1, cells: ['x', 'line 1\nline 2', 'say "hi"'] },
      { line: 3, cells: ['y', 'z'] },
    ]);
  });

  it('keeps a quote that does not close a quoted cell as text', () => {
    expect(splitRows('"ITA" คือ\tb\n"open')).toEqual([
      { line: 1, cells: ['"ITA" คือ', 'b'] },
      { line: 2, cells: ['"open'] },
    ]);
  });

  it('drops zero-width characters and reads no-break spaces as spaces', () => {
    expect(splitRows('ก\u200bข\u00a0ค')).toEqual([
      { line: 1, cells: ['กข ค'] },
    ]);
  });
});
