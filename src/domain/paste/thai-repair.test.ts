import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { exampleMeasures } from '../example/khunkaew-2568';
import { repairThai } from './thai-repair';
import { applyAccepted, proposeWrapSpaces } from './wrap-spaces';

// Written with escapes where the broken order is the point: an editor would show them alike.
const NIKHAHIT = '\u0e4d';
const MAI_EK = '\u0e48';
const MAI_THO = '\u0e49';
const SARA_II = '\u0e35';
const SARA_UU = '\u0e39';

describe('repairThai', () => {
  it.each<[string, string, string]>([
    ['nikhahit + sara aa is sara am', `ดําเนินการ`, 'ดำเนินการ'],
    [
      'also with the tone mark after the nikhahit',
      `น${NIKHAHIT}${MAI_THO}า`,
      'น้ำ',
    ],
    ['also with the tone mark before it', `น${MAI_THO}${NIKHAHIT}า`, 'น้ำ'],
    ['a tone mark before its vowel above', `ท${MAI_EK}${SARA_II}`, 'ที่'],
    ['… inside a word', `เส${MAI_EK}${SARA_II}ยง`, 'เสี่ยง'],
    ['a tone mark before its vowel below (NFC)', `ป${MAI_EK}${SARA_UU}`, 'ปู่'],
    ['a tone mark after sara am', `นำ${MAI_THO}`, 'น้ำ'],
    ['a tone mark after sara aa', `ปา${MAI_EK}ไม้`, 'ป่าไม้'],
    ['a NUL a PDF gave for a glyph', 'เจ้าหน้าที\0', 'เจ้าหน้าที'],
    ['a space before a vowel above', 'ประเม ินผล', 'ประเมินผล'],
    ['a space before a tone mark', 'ที ่ดิน', 'ที่ดิน'],
    ['a space before sara aa', 'ก ารประเมิน', 'การประเมิน'],
    ['a space before sara am', 'ด ำเนินการ', 'ดำเนินการ'],
    ['a space after a leading vowel', 'เ สี่ยง ไ ด้', 'เสี่ยง ได้'],
  ])('%s: %j', (_, broken, repaired) => {
    expect(repairThai(broken)).toBe(repaired);
  });

  it('leaves a mark a PDF put one consonant late: both orders are valid spelling', () => {
    expect(repairThai('สรปุผล บทคดั ยอ่')).toBe('สรปุผล บทคดั ยอ่');
  });

  it('has no certain rule for a late mark, not even with the segmenter to check', () => {
    // The rule one would try, as a proposal: move a mark back onto the
    // consonant before where the run then reads in fewer words.
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    const words = (text: string) =>
      [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
    const moved = (run: string): string | null => {
      const chars = [...run];
      for (let i = 2; i < chars.length; i++) {
        const [a, b, mark] = [chars[i - 2]!, chars[i - 1]!, chars[i]!];
        if (!/[ก-ฮ]/.test(a) || !/[ก-ฮ]/.test(b)) continue;
        if (!/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(mark)) continue;
        const back = [...chars.slice(0, i - 1), mark, b, ...chars.slice(i + 1)];
        if (words(back.join('')) < words(run)) return back.join('');
      }
      return null;
    };
    // It mends a PDF's slip...
    expect(moved('ตดิตาม')).toBe('ติดตาม');
    // ...but a slip is a word to the segmenter ("ยอ่", "สรปุ": it has no
    // dictionary to ask), and correct words are moved too: in the real
    // report's text, which has no slip, and in the app's own words.
    expect(words('ยอ่')).toBe(1);
    expect(words('สรปุ')).toBe(1);
    const report = readFileSync(
      new URL('../fixtures/ita-report-khunkaew-2568.txt', import.meta.url),
      'utf8',
    );
    const runs = report.match(/[\u0e00-\u0e7f]+/g) ?? [];
    const wrong = runs.filter((run) => moved(run) !== null);
    expect(wrong.length).toBeGreaterThanOrEqual(5);
    expect(moved('ต้องมีการจัดทำ')).toBe('ต้องีมการจัดทำ');
    expect(moved('ไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่')).toContain('การปิฏบัติ');
    expect(moved('ข้ามไปยังเนื้อหา')).toBe('ข้ามไปัยงเนื้อหา');
  });

  it('leaves the spaces between letters to the proposal, which takes them', () => {
    const repaired = repairThai('บทค ัด ย่อ');
    expect(repaired).toBe('บทคัด ย่อ');
    const [space] = proposeWrapSpaces(repaired);
    expect(space).toMatchObject({ verdict: 'wrap', reason: 'insideWord' });
    expect(applyAccepted(repaired, [space!.at])).toBe('บทคัดย่อ');
  });

  it('keeps the spaces Thai writes, and text in other scripts', () => {
    const text =
      'ประชาสัมพันธ์ / เว็บไซต์ หน่วยงาน (No Gift Policy) ๙๖.๗๓ คะแนน ต่าง ๆ';
    expect(repairThai(text)).toBe(text);
  });

  it('changes no correct Thai: the example report and every Thai string of the app', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    // Read as data: domain/ imports nothing of the app, but its words are the
    // largest body of correct Thai at hand.
    const messages = (language: string): unknown =>
      JSON.parse(
        readFileSync(
          new URL(`../../i18n/${language}.json`, import.meta.url),
          'utf8',
        ),
      );
    const corpus = [
      ...strings(messages('th')),
      ...strings(messages('en')),
      ...exampleMeasures.flatMap((m) => [
        m.title,
        ...m.methods,
        m.update.result,
        m.update.suggestions,
        m.update.outcome,
      ]),
    ];
    expect(corpus.length).toBeGreaterThan(1000);
    const changed = corpus.filter((text) => repairThai(text) !== text);
    expect(changed).toEqual([]);
  });
});
