import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import {
  readPdfPages,
  type PdfDocumentLike,
} from '@/domain/paste/files/pdf-lines';

/** A PDF's pages as the paste import reads them, through pdf.js in Node. */
export async function pdfPages(bytes: Uint8Array) {
  const document = await getDocument({
    data: bytes,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  try {
    return await readPdfPages(document as unknown as PdfDocumentLike);
  } finally {
    await document.destroy();
  }
}
