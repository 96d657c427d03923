/**
 * Words that open a phrase: Thai puts a real space before them (between
 * clauses, before a conjunction or a purpose), so a space before one is kept
 * even where a line may have wrapped. From the usage of official reports;
 * each is a whole word, matched as the segmenter's first word after the space.
 */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'และ',
  'หรือ',
  'เพื่อ',
  'โดย',
  'ซึ่ง',
  'ทำให้',
  'หาก',
  'ถ้า',
  'เช่น',
  'ได้แก่',
  'อาทิ',
  'ตั้งแต่',
  'แต่',
  'กรณี',
  'สำหรับ',
  'ทั้งนี้',
  'อีกทั้ง',
  'รวมถึง',
  'รวมทั้ง',
  'ตลอดจน',
  'จึง',
  'เพราะ',
  'เนื่องจาก',
  'ดังนั้น',
  'ประกอบด้วย',
  'คือ',
]);
