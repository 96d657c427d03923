import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { cleanable, toggleWrap } from './cell-cleanup';
import { parseReportText } from './parse-report-text';
import {
  acceptAllRows,
  cleanupCounts,
  editedMeasure,
  editedPeriod,
  initialEdit,
  toggleRowWrap,
} from './row-edit';

const text = readFileSync(
  new URL('../fixtures/ita-report-khunkaew-2568.txt', import.meta.url),
  'utf8',
);
const parsed = parseReportText(text);

describe('a preview row', () => {
  it('left as read gives back the measure read, every cell', () => {
    for (const measure of parsed.measures) {
      const edit = initialEdit(measure);
      const reading = editedPeriod(edit, parsed.fiscalYear);
      const period = reading && 'period' in reading ? reading.period : null;
      expect(editedMeasure(measure, edit, period, [])).toEqual(measure);
    }
  });

  it('gives every edited cell, and the accepted clean-up', () => {
    const measure = parsed.measures[0]!;
    const edit = {
      ...initialEdit(measure),
      methods: { text: 'ประชุม\n\n  อบรม   ครั้งที่ ๑ ', accepted: [] },
      units: toggleWrap({ text: 'กอง คลัง\nกองช่าง', accepted: [] }, 3),
      links: 'https://a.go.th\nhttps://a.go.th\nhttps://b.go.th',
      suggestions: toggleWrap({ text: 'ควร ติดตาม', accepted: [] }, 3),
    };
    expect(editedMeasure(measure, edit, null, [])).toMatchObject({
      methods: ['ประชุม', 'อบรม ครั้งที่ ๑'],
      allUnits: false,
      unitNames: ['กองคลัง', 'กองช่าง'],
      evidence: ['https://a.go.th', 'https://b.go.th'],
      suggestions: 'ควรติดตาม',
      period: null,
    });
    expect(
      editedMeasure(
        measure,
        { ...edit, units: cleanable('ทุกส่วนราชการ') },
        null,
        [],
      ),
    ).toMatchObject({ allUnits: true, unitNames: [] });
  });

  it('re-reads an edited period and says why one is refused', () => {
    const edit = { ...initialEdit(parsed.measures[0]!) };
    expect(editedPeriod({ ...edit, periodText: 'ไตรมาส ๕' }, 2568)).toEqual({
      problem: 'quarterOutOfRange',
    });
    expect(editedPeriod({ ...edit, periodText: ' ' }, 2568)).toBeNull();
  });
});

describe('the clean-up of the real report', () => {
  const edits = parsed.measures.map(initialEdit);

  it('proposes its wrap spaces, all accepted in one step', () => {
    const before = cleanupCounts(edits);
    expect(before.accepted).toBe(0);
    expect(before.pending).toBeGreaterThan(200);
    expect(cleanupCounts(acceptAllRows(edits))).toEqual({
      pending: 0,
      accepted: before.pending,
    });
  });

  it('accepts one proposal of one cell, the others left', () => {
    const title = edits[0]!.title;
    const at = title.text.indexOf(' ');
    const one = toggleRowWrap(edits, 0, 'title', at);
    expect(one[0]!.title.accepted).toEqual([at]);
    expect(one.slice(1)).toEqual(edits.slice(1));
    expect(cleanupCounts(one).accepted).toBe(1);
  });
});
