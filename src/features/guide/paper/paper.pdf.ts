/**
 * The guide on paper, as PDF from live data: black on white, large type, readable at arm's
 * length. The meterkastkaart is always exactly one A4 page: when a buurt has much on offer,
 * the type gets smaller down to a floor, and what still does not fit is left to the website.
 */
import PDFDocument from 'pdfkit';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { Lang } from '../../../platform/i18n/i18n.ts';
import { describeSchedule } from '../common/schedule.views.tsx';
import type { CardGroup, CardLine } from './paper.rules.ts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN;
const BLACK = '#000000';

function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function newDocument(title: string, lang: Lang): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: true,
    lang: lang === 'nl' ? 'nl-NL' : 'en-GB',
    info: { Title: title, Author: 'Wijkportaal' },
    displayTitle: true,
  });
}

export interface CardInput {
  t: Translate;
  lang: Lang;
  buurt: string;
  district: string;
  groups: CardGroup[];
  url: string;
  date: string;
}

function lineText(t: Translate, lang: Lang, line: CardLine): string {
  const who = line.contact ? line.contact.name : line.organization;
  const parts = [who, line.phone ? `${t('guide.card.phone')} ${line.phone}` : ''];
  const hours = line.walkIn.map((s) => `${t(`guide.kind.${s.kind}`)}: ${describeSchedule(t, s, lang)}`);
  return [parts.filter(Boolean).join(' · '), ...hours].join('\n');
}

interface Block {
  heading?: string;
  title?: string;
  text?: string;
}

function blocksOf(input: CardInput): Block[] {
  return input.groups.flatMap((g) => [
    { heading: input.t(`guide.term.thema.${g.term.code}`) },
    ...g.lines.map((l) => ({ title: l.service.name, text: lineText(input.t, input.lang, l) })),
  ]);
}

function heightOf(doc: PDFKit.PDFDocument, blocks: readonly Block[], size: number): number {
  let total = 0;
  for (const b of blocks) {
    if (b.heading)
      total +=
        doc
          .font('Helvetica-Bold')
          .fontSize(size + 3)
          .heightOfString(b.heading, { width: WIDTH }) +
        size * 0.5;
    if (b.title) total += doc.font('Helvetica-Bold').fontSize(size).heightOfString(b.title, { width: WIDTH });
    if (b.text) total += doc.font('Helvetica').fontSize(size).heightOfString(b.text, { width: WIDTH }) + size * 0.4;
  }
  return total;
}

/** The meterkastkaart: one A4 page, whatever happens. */
export function meterkastkaart(input: CardInput): Promise<Buffer> {
  const { t } = input;
  const title = t('guide.card.title', { buurt: input.buurt });
  const doc = newDocument(title, input.lang);
  doc.fillColor(BLACK);
  doc.font('Helvetica-Bold').fontSize(26).text(t('guide.card.heading'), { width: WIDTH });
  doc.font('Helvetica').fontSize(16).text(`${input.buurt}, ${input.district}`, { width: WIDTH });
  doc.moveDown(0.5);
  const footer = t('guide.card.footer', { url: input.url, date: input.date });
  const footerHeight = doc.font('Helvetica').fontSize(11).heightOfString(footer, { width: WIDTH }) + 10;
  const room = BOTTOM - doc.y - footerHeight;
  let blocks = blocksOf(input);
  let size = 16;
  while (size > 13 && heightOf(doc, blocks, size) > room) size -= 0.5;
  let dropped = input.groups.reduce((n, g) => n + g.more, 0);
  while (blocks.length > 0 && heightOf(doc, blocks, size) > room - 20) {
    blocks = blocks.slice(0, -1);
    dropped++;
  }
  // A heading without anything under it is left off too.
  while (blocks.at(-1)?.heading !== undefined) blocks = blocks.slice(0, -1);
  for (const b of blocks) {
    if (b.heading)
      doc
        .font('Helvetica-Bold')
        .fontSize(size + 3)
        .text(b.heading, { width: WIDTH })
        .moveDown(0.25);
    if (b.title) doc.font('Helvetica-Bold').fontSize(size).text(b.title, { width: WIDTH });
    if (b.text) doc.font('Helvetica').fontSize(size).text(b.text, { width: WIDTH }).moveDown(0.4);
  }
  if (dropped > 0)
    doc
      .font('Helvetica-Bold')
      .fontSize(size)
      .text(t('guide.card.more', { url: input.url }), { width: WIDTH });
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(footer, MARGIN, BOTTOM - footerHeight + 6, { width: WIDTH, lineBreak: true, height: footerHeight });
  return toBuffer(doc);
}

export interface OverviewSection {
  heading: string;
  entries: { title: string; lines: string[] }[];
}

/** The yearly overview of everything in the district (seed 000 §8): as many pages as it takes. */
export function overview(input: {
  t: Translate;
  lang: Lang;
  district: string;
  year: number;
  url: string;
  sections: OverviewSection[];
}): Promise<Buffer> {
  const { t } = input;
  const title = t('guide.overview.title', { district: input.district, year: input.year });
  const doc = newDocument(title, input.lang);
  doc.fillColor(BLACK);
  doc.font('Helvetica-Bold').fontSize(28).text(title, { width: WIDTH });
  doc
    .font('Helvetica')
    .fontSize(15)
    .text(t('guide.overview.intro', { url: input.url }), { width: WIDTH })
    .moveDown();
  for (const section of input.sections) {
    if (doc.y > BOTTOM - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(20).text(section.heading, { width: WIDTH }).moveDown(0.3);
    for (const entry of section.entries) {
      if (doc.y > BOTTOM - 80) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(15).text(entry.title, { width: WIDTH });
      doc.font('Helvetica').fontSize(13).text(entry.lines.filter(Boolean).join('\n'), { width: WIDTH }).moveDown(0.6);
    }
  }
  return toBuffer(doc);
}
