import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Lang } from '../i18n/i18n.ts';

const require = createRequire(import.meta.url);
// DejaVu Sans: an embedded Unicode font, so Çağ, Łódź, Ñ, Ő and Cyrillic or Greek names print
// right (the 14 standard PDF fonts know only Latin-1 and are never embedded).
const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 40;

export interface PdfMeta {
  title: string;
  lang: Lang;
  subject?: string;
}

/**
 * An accessible A4 document (PDF/UA): tagged, with a structure tree and reading order,
 * its language and title (shown as the window title), and embedded Unicode fonts named
 * `regular` and `bold`. Write into it with `TaggedWriter`.
 */
export function createPdf(meta: PdfMeta): PDFKit.PDFDocument {
  // pdfkit 0.20 writes PDF/UA; @types/pdfkit does not name that subset yet.
  const options: Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset: 'PDF/UA' } = {
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    tagged: true,
    lang: meta.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: meta.title, Author: 'Wijkportaal', ...(meta.subject === undefined ? {} : { Subject: meta.subject }) },
    autoFirstPage: true,
    font: fonts.regular,
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  return doc;
}

/** The finished document as bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
