// Reading a PDF the app printed: its pages (size and text), through pdf.js.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  width: number;
  height: number;
  /** The page's text, pieces joined with spaces. */
  text: string;
}

export async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    // Text only: no fonts are rendered, so none need loading in Node.
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
    pages.push({ width, height, text });
  }
  await document.destroy();
  return pages;
}

/**
 * Text as it compares across PDF extraction. Chromium's PDF maps some Thai
 * vowel and tone marks to nothing (or to NUL) and splits words into runs, so
 * both sides are compared without white space, NULs and the marks above and
 * below the line: the consonants, leading vowels, digits and Latin text stay.
 */
export function skeleton(text: string): string {
  return (
    text
      .normalize('NFC')
      // Sara am, whole or as nikhahit + sara aa, is compared as sara aa.
      .replace(/\u0e4d?\u0e32|\u0e33/g, '\u0e32')
      .replace(/\p{M}/gu, '')
      .replace(/[\s\0]/g, '')
  );
}
