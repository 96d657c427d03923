import { describe, expect, it } from 'vitest';

import { joinedPhraseWords } from './phrase-words';
import { applyAccepted, proposeWrapSpaces } from './wrap-spaces';
import type { LineEnd, SpaceReason, SpaceVerdict } from './wrap-spaces';

/** The verdict and reason of each space, in order. */
const verdicts = (text: string, lineEnds?: readonly LineEnd[]) =>
  proposeWrapSpaces(text, lineEnds ? { lineEnds } : {}).map(
    (p) => `${p.verdict} ${p.reason}`,
  );

describe('proposeWrapSpaces, on cells of the real report', () => {
  it.each<[string, SpaceVerdict, SpaceReason]>([
    ['การป้องกันการ ทุจริต', 'wrap', 'thaiBothSides'],
    ['ติ ด', 'wrap', 'insideWord'],
    ['กำหนดแนวทาง/ มาตรการ', 'wrap', 'slash'],
    ['อย่างเคร่งครัด และกำชับให้', 'real', 'phraseWord'],
    ['ระบุสาเหตุ รวมถึงปัญหา', 'real', 'phraseWord'],
    ['ปีงบประมาณ พ.ศ.๒๕๖๘', 'real', 'phraseWord'],
    ['สื่อออนไลน์รูปแบบอื่นๆ และช่องทาง', 'real', 'repeatMark'],
    ['แนวปฏิบัติฯ สำหรับเจ้าหน้าที่', 'real', 'repeatMark'],
    ['ราย ๖ เดือน', 'real', 'notThai'],
    ['ประชาสัมพันธ์ / เว็บไซต์', 'real', 'notThai'],
    ['การปฏิบัติหน้าที่ (No Gift Policy)', 'real', 'notThai'],
    ['- ลดโอกาส', 'real', 'notThai'],
  ])('%j: %s (%s)', (text, verdict, reason) => {
    expect(proposeWrapSpaces(text)[0]).toMatchObject({ verdict, reason });
  });

  it('gives each run of spaces once, at its offset, and none for line breaks', () => {
    expect(proposeWrapSpaces('การ  ทุจริต\nและ')).toEqual([
      { at: 3, length: 2, verdict: 'wrap', reason: 'thaiBothSides' },
    ]);
  });

  it('with the printed lines known, takes only spaces at the end of a full line', () => {
    const text = 'จัดทำคู่มือแนวทาง ปฏิบัติฯ สำหรับเจ้าหน้าที่ เกี่ยวกับการ ประเมิน';
    const ends: LineEnd[] = [
      { at: text.indexOf(' ปฏิบัติ'), fill: 0.95, nextFill: 0.9 },
      { at: text.indexOf(' เกี่ยว'), fill: 0.98, nextFill: 0.4 },
      // "ประเมิน" would have fitted after "เกี่ยวกับการ": its author ended the line.
      { at: text.indexOf(' ประเมิน'), fill: 0.4, nextFill: 0.3 },
    ];
    expect(verdicts(text, ends)).toEqual([
      'wrap lineEnd',
      'real repeatMark',
      'wrap lineEnd',
      'real shortLine',
    ]);
    // Without the lines, the space inside the second line is taken too.
    expect(verdicts('สำหรับเจ้าหน้าที่ เกี่ยวกับ')).toEqual(['wrap thaiBothSides']);
    expect(verdicts('สำหรับเจ้าหน้าที่ เกี่ยวกับ', [])).toEqual(['real withinLine']);
  });

  it('takes the space after a short line when the next word would not have fitted', () => {
    // The period column of the printed report: "ทั้ง" alone, "ปีงบประมาณ" too long for the rest.
    const end = { at: 4, fill: 0.2, nextFill: 0.9 };
    expect(verdicts('ทั้ง ปีงบประมาณ', [end])).toEqual(['wrap lineEnd']);
    expect(verdicts('ทั้ง ปีงบประมาณ', [{ ...end, nextFill: 0.5 }])).toEqual([
      'real shortLine',
    ]);
  });

  it('keeps a slash inside a printed line', () => {
    expect(verdicts('แนวทาง/ มาตรการ', [])).toEqual(['real withinLine']);
  });

  it('takes a full line end before a phrase word the document writes joined', () => {
    const end = { at: 7, fill: 0.96, nextFill: 0.9 };
    const text = 'ของขวัญ หรือของกำนัลจากการปฏิบัติหน้าที่';
    expect(verdicts(text, [end])).toEqual(['real phraseWord']);
    expect(verdicts(text, [{ ...end, joinedPhrase: true }])).toEqual([
      'wrap lineEnd',
    ]);
    // Inside a line the author's space stays, whatever the habit.
    expect(verdicts(text, [])).toEqual(['real withinLine']);
  });
});

describe('joinedPhraseWords', () => {
  it("finds the phrase words a document's lines write joined to the word before", () => {
    const lines = [
      'ของขวัญหรือของกำนัล',
      'คู่มือหรือแนวทาง',
      'จัดซื้อจัดจ้างหรือจัดหา',
      'ผู้รับบริการหรือผู้มาติดต่อ',
      'สิทธิหรือหน้าที่',
      'ระบุและประเมิน ความเสี่ยง และกำหนด',
      'ครบถ้วนและชัดเจน',
    ];
    expect(joinedPhraseWords(lines)).toEqual(new Set(['หรือ']));
    // Written after a space more than a quarter as often: no habit.
    expect(joinedPhraseWords([...lines, 'ก หรือ ข', 'ค หรือ ง'])).toEqual(
      new Set(),
    );
    // "เพื่อน" is no "เพื่อ": the word is the segmenter's, whole.
    expect(joinedPhraseWords(Array(6).fill('ของเพื่อนบ้าน'))).toEqual(new Set());
  });
});

describe('applyAccepted', () => {
  it('removes the accepted spaces only, however many stand there', () => {
    const text = 'การป้องกันการ  ทุจริต และการ ประเมิน';
    const wraps = proposeWrapSpaces(text)
      .filter((p) => p.verdict === 'wrap')
      .map((p) => p.at);
    expect(applyAccepted(text, wraps)).toBe('การป้องกันการทุจริต และการประเมิน');
    expect(applyAccepted(text, [wraps[1]!])).toBe(
      'การป้องกันการ  ทุจริต และการประเมิน',
    );
    expect(applyAccepted(text, [])).toBe(text);
    // An offset that is not a space's changes nothing.
    expect(applyAccepted(text, [2])).toBe(text);
  });
});
