import { extractText, getDocumentProxy } from 'unpdf';

/** The text of every page of a PDF, page by page, read with PDF.js (through unpdf, which runs it on Node 20). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // extractText closes the document when it is done.
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}
