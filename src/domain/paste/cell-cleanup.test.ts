import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  acceptAllWraps,
  cleanable,
  cleaned,
  pendingWraps,
  toggleWrap,
  wrapMarks,
} from './cell-cleanup';
import { parseReportText } from './parse-report-text';

describe('a cell with proposed wrap spaces', () => {
  const cell = cleanable('การประเมินความ เสี่ยง ABC 2568');

  it('keeps every space until one is accepted', () => {
    expect(cleaned(cell)).toBe('การประเมินความ เสี่ยง ABC 2568');
    expect(pendingWraps(cell)).toBe(1);
    expect(wrapMarks(cell)).toEqual([{ at: 14, length: 1, accepted: false }]);
  });

  it('loses the accepted ones only, and a second toggle keeps the space again', () => {
    const accepted = toggleWrap(cell, 14);
    expect(cleaned(accepted)).toBe('การประเมินความเสี่ยง ABC 2568');
    expect(pendingWraps(accepted)).toBe(0);
    expect(wrapMarks(accepted)).toEqual([
      { at: 14, length: 1, accepted: true },
    ]);
    expect(cleaned(toggleWrap(accepted, 14))).toBe(cell.text);
  });

  it('accepts all proposals at once, never a real space', () => {
    const all = acceptAllWraps(cleanable('ติ ดตาม ผล และ ความ เสี่ยง (ITA)'));
    expect(cleaned(all)).toBe('ติดตามผล และความเสี่ยง (ITA)');
  });

  it('refuses a toggle where no wrap is proposed', () => {
    expect(toggleWrap(cell, 21)).toBe(cell);
  });
});

describe('the real report copied from its PDF, all clean-up accepted', () => {
  const text = readFileSync(
    new URL('../fixtures/ita-report-khunkaew-2568.txt', import.meta.url),
    'utf8',
  );
  const printed = JSON.parse(
    readFileSync(
      new URL('../fixtures/khunkaew-2568-printed-cells.json', import.meta.url),
      'utf8',
    ),
  ) as { title: string; suggestions: string }[];
  const measures = parseReportText(text).measures;

  it('gives titles as the report printed them', () => {
    const titles = measures.map((m) =>
      cleaned(acceptAllWraps(cleanable(m.title))),
    );
    expect(titles[0]).toBe(printed[0]?.title.replace(/^๑\. /, ''));
    expect(titles[5]).toBe(printed[5]?.title.replace(/^๖\. /, ''));
  });
});
