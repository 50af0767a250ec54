// The text of a PDF, page by page, so print tests can check what a printed page says.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One printed page: its size in points and its text, whitespace normalised. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** Every page of a PDF with its size and text. */
export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    // Runs of text join without spaces (ligatures such as "ffi" are runs of their own).
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    pages.push({ width, height, text: text.replace(/\s+/g, ' ').trim() });
  }
  return pages;
}

/** All the text in a PDF, whitespace normalised. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).map((p) => p.text).join(' ');
}
