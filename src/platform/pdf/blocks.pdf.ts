import { createPdf, pdfBytes, type PdfMeta } from './document.ts';
import { TaggedWriter, type TextStyle } from './tagged-writer.ts';

/** A document as plain data: what most PDFs of the portal are (a convocation, a list, a report). */
export type PdfBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; style?: TextStyle }
  | { kind: 'paragraph'; text: string; style?: TextStyle }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'pageBreak' };

export interface BlocksDocument {
  meta: PdfMeta;
  blocks: PdfBlock[];
}

/** Renders a blocks document as an accessible PDF; run it with `renderInWorker`. */
export async function renderPdf(input: BlocksDocument): Promise<Buffer> {
  const doc = createPdf(input.meta);
  const w = new TaggedWriter(doc);
  for (const block of input.blocks) {
    if (block.kind === 'heading') await w.heading(block.level, block.text, block.style);
    else if (block.kind === 'paragraph') await w.paragraph(block.text, block.style);
    else if (block.kind === 'list') await w.list(block.items);
    else if (block.kind === 'table') await w.table(block.head, block.rows);
    else w.pageBreak();
  }
  w.end();
  return pdfBytes(doc);
}
