import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/** What a reader of the PDF gets: its text, its structure tree, its language and title. */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl })
    .promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const tree = await (await pdf.getPage(1)).getStructTree();
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
  return { pages: pdf.numPages, text: texts.join('\n').replace(/\s+/g, ' '), tree, info, raw: bytes.toString('latin1') };
}
