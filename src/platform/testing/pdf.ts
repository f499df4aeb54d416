import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/** What a reader of the PDF gets: its text, the structure tree of each page, its language and title, and the first page's size. */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl })
    .promise;
  const texts: string[] = [];
  const trees: unknown[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    trees.push(await page.getStructTree());
  }
  const first = await pdf.getPage(1);
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
  return {
    pages: pdf.numPages,
    size: first.view.map(Math.round),
    text: texts.join('\n').replace(/\s+/g, ' '),
    trees,
    info,
    raw: bytes.toString('latin1'),
  };
}

type StructNode = { role?: string; children?: StructNode[] } | null;

function rolesOf(node: StructNode): string[] {
  if (node === null) return [];
  return [node.role ?? '', ...(node.children ?? []).flatMap(rolesOf)].filter(Boolean);
}

/**
 * What PDF/UA checkers look at first: a structure tree marked as such, its language and
 * title shown, every font embedded (none of the 14 standard fonts, which know only
 * Latin-1), and the kinds of element its structure holds.
 */
export async function accessibilityOf(bytes: Buffer) {
  const pdf = await readPdf(bytes);
  return {
    pdf,
    tagged: ['/StructTreeRoot', '/MarkInfo', '/Marked true'].every((key) => pdf.raw.includes(key)),
    language: pdf.info.Language,
    title: pdf.info.Title,
    titleShown: pdf.raw.includes('/DisplayDocTitle true'),
    fontsEmbedded: pdf.raw.includes('/FontFile2') && !/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/.test(pdf.raw),
    roles: [...new Set(pdf.trees.flatMap((tree) => rolesOf(tree as StructNode)))],
  };
}
