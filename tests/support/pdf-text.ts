// The text of a PDF, page by page, so print tests can check what a printed page says.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** All the text in a PDF, whitespace normalised. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    // Runs of text join without spaces (ligatures such as "ffi" are runs of their own).
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}
