/**
 * The meterkastkaart as an accessible PDF, built in a PDF worker from plain text: black on
 * white, large type, readable at arm's length, and always exactly one A4 page. When a buurt
 * has much on offer the type gets smaller down to a floor, and what still does not fit is
 * left to the website.
 */
import { A4, createPdf, MARGIN, pdfBytes, type PdfMeta } from '../../../platform/pdf/document.ts';
import { TaggedWriter, type TextStyle } from '../../../platform/pdf/tagged-writer.ts';

/** One kind of question (a heading) or one offer under it (its name and how to reach it). */
export type CardBlock = { heading: string } | { title: string; text: string };

export interface CardPdf {
  meta: PdfMeta;
  heading: string;
  place: string;
  blocks: CardBlock[];
  /** Offers already left off before layout (more per kind of question than a card shows). */
  dropped: number;
  /** Said when something was left off: where to find the rest. */
  more: string;
  footer: string;
}

const LARGEST = 16;
const SMALLEST = 13;
const FOOTER: TextStyle = { size: 11 };

// Measured before it is written: nothing is kept with the next block, so the page holds what was measured.
const headingStyle = (size: number): TextStyle => ({ size: size + 3, bold: true, gap: size * 0.3, keep: 0 });
const titleStyle = (size: number): TextStyle => ({ size, bold: true, gap: 0, keep: 0 });
const textStyle = (size: number): TextStyle => ({ size, gap: size * 0.5 });

function heightOf(w: TaggedWriter, blocks: readonly CardBlock[], size: number): number {
  let total = 0;
  for (const b of blocks)
    total +=
      'heading' in b
        ? w.heightOf(b.heading, headingStyle(size))
        : w.heightOf(b.title, titleStyle(size)) + w.heightOf(b.text, textStyle(size));
  return total;
}

/** The meterkastkaart: one A4 page, whatever happens. */
export async function renderPdf(input: CardPdf): Promise<Buffer> {
  const doc = createPdf(input.meta);
  const w = new TaggedWriter(doc);
  await w.heading(1, input.heading, { size: 26, gap: 2, keep: 0 });
  await w.paragraph(input.place, { size: 16, gap: 8 });
  const footerHeight = w.heightOf(input.footer, FOOTER) + 10;
  const room = w.room - footerHeight;
  let blocks = input.blocks;
  let size = LARGEST;
  while (size > SMALLEST && heightOf(w, blocks, size) > room) size -= 0.5;
  let dropped = input.dropped;
  const moreHeight = w.heightOf(input.more, titleStyle(size));
  while (blocks.length > 0 && heightOf(w, blocks, size) > room - moreHeight) {
    blocks = blocks.slice(0, -1);
    dropped++;
  }
  // A heading without anything under it is left off too.
  while (blocks.length > 0 && 'heading' in (blocks.at(-1) ?? {})) blocks = blocks.slice(0, -1);
  for (const b of blocks) {
    if ('heading' in b) await w.heading(2, b.heading, headingStyle(size));
    else {
      await w.heading(3, b.title, titleStyle(size));
      await w.paragraph(b.text, textStyle(size));
    }
  }
  if (dropped > 0) await w.paragraph(input.more, { ...titleStyle(size), bold: true });
  doc.y = A4.height - MARGIN - footerHeight + 6;
  await w.paragraph(input.footer, FOOTER);
  w.end();
  return pdfBytes(doc);
}
