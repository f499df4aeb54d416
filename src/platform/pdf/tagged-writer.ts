import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { A4, MARGIN } from './document.ts';

const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN;
/** Render at most this long before letting other requests (and /healthz) run. */
const SLICE_MS = 8;
/** Room a heading needs below it on the same page (about three lines of text). */
const KEEP_WITH_NEXT = 48;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  /** Space after, in points. */
  gap?: number;
  /** Room this text needs below it on the same page (headings: about three lines). */
  keep?: number;
}

/**
 * Writes a document in reading order with its structure: every heading, paragraph, list
 * and table becomes an element of the structure tree (H1–H3, P, L/LI/LBody, Table), and
 * decoration is marked as an artifact, so a screen reader reads what a sighted reader sees.
 * It yields to the event loop every few milliseconds: a long document does not hold up
 * other requests.
 */
export class TaggedWriter {
  private readonly root: PDFKit.PDFStructureElement;
  private sliceStart = performance.now();

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** The height a text would take at this style, for layouts that must fit a page. */
  heightOf(text: string, style: TextStyle = {}): number {
    return this.styled(style).heightOfString(text, { width: WIDTH }) + (style.gap ?? 0);
  }

  /** Room left on this page. */
  get room(): number {
    return BOTTOM - this.doc.y;
  }

  /** A heading; it starts a new page rather than stand alone at the bottom of one. */
  async heading(level: 1 | 2 | 3, text: string, style: TextStyle = {}): Promise<void> {
    const size = style.size ?? ({ 1: 20, 2: 15, 3: 12.5 } as const)[level];
    await this.block(`H${level}`, text, { ...style, size, bold: true, gap: style.gap ?? size * 0.4, keep: style.keep ?? KEEP_WITH_NEXT });
  }

  async paragraph(text: string, style: TextStyle = {}): Promise<void> {
    await this.block('P', text, style);
  }

  async list(items: readonly string[], style: TextStyle = {}): Promise<void> {
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const li = this.doc.struct('LI');
      list.add(li);
      const body = this.doc.struct('LBody');
      li.add(body);
      this.breakIfNeeded(this.heightOf(`• ${item}`, style));
      this.styled(style).text(`• ${item}`, MARGIN, this.doc.y, { width: WIDTH, structParent: body, structType: 'P' });
      this.doc.moveDown((style.gap ?? 2) / (style.size ?? 11));
      await this.breathe();
    }
    list.end();
  }

  /** A simple table with a header row, tagged as a table with header cells. */
  async table(head: readonly string[], rows: readonly (readonly string[])[], style: TextStyle = {}): Promise<void> {
    this.styled(style);
    // pdfkit 0.20 tags a table given its structure parent; @types/pdfkit lacks the option.
    const options = {
      data: [head.map((text) => ({ text, type: 'TH', font: 'bold' })), ...rows.map((row) => row.map((text) => ({ text, type: 'TD' })))],
      structParent: this.root,
    };
    this.doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
    this.doc.moveDown(0.5);
    await this.breathe();
  }

  /**
   * A drawing (a chart) of the given height, tagged as a figure with its text alternative:
   * a screen reader reads `alt`, not the marks and labels drawn at `top`.
   */
  figure(alt: string, height: number, draw: (doc: PDFKit.PDFDocument, top: number) => void): void {
    this.breakIfNeeded(height);
    const top = this.doc.y;
    const figure = this.doc.struct('Figure', { alt }, () => draw(this.doc, top));
    this.root.add(figure);
    figure.end();
    this.doc.x = MARGIN;
    this.doc.y = top + height;
  }

  /** Drawn decoration (rules, boxes): not read aloud. */
  artifact(draw: (doc: PDFKit.PDFDocument) => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw(this.doc);
    this.doc.endMarkedContent();
  }

  pageBreak(): void {
    this.doc.addPage();
  }

  end(): void {
    this.root.end();
  }

  private styled(style: TextStyle): PDFKit.PDFDocument {
    return this.doc.font(style.bold === true ? 'bold' : 'regular').fontSize(style.size ?? 11);
  }

  private breakIfNeeded(height: number): void {
    if (height > this.room && this.doc.y > MARGIN + 1) this.doc.addPage();
  }

  private async block(type: string, text: string, style: TextStyle): Promise<void> {
    this.breakIfNeeded(this.heightOf(text, style) + (style.keep ?? 0));
    this.styled(style).text(text, MARGIN, this.doc.y, { width: WIDTH, structParent: this.root, structType: type });
    // Exactly the gap `heightOf` counts, so a layout that measured first fits as measured.
    this.doc.y += style.gap ?? 0;
    await this.breathe();
  }

  private async breathe(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
