import PDFDocument from 'pdfkit';
import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { formatValue } from './charts.tsx';
import { missingFigureNames } from './indicator-block.views.tsx';
import { chartGeometry } from './monitoring.rules.ts';
import type { IndicatorWithTrend } from './monitoring.actions.ts';
import type { ReportData } from './report.views.tsx';

/** The PDF's built-in fonts know Latin-1 and a few more (WinAnsi); anything else is written plainly. */
function pdfText(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/\u202f|\u00a0/g, ' ')
    .replace(/[^\u0020-\u00ff\n€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu, '?');
}

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function chart(doc: Doc, item: IndicatorWithTrend, lang: Lang): void {
  const { indicator } = item;
  const g = chartGeometry(indicator.values, indicator.target, { width: 480, height: 130 });
  ensureRoom(doc, g.height + 10);
  const left = doc.page.margins.left;
  const top = doc.y;
  doc.save().lineWidth(0.5).strokeColor('#999999');
  doc
    .moveTo(left + 56, top + g.height - 36)
    .lineTo(left + g.width - 24, top + g.height - 36)
    .stroke();
  for (const y of g.years)
    doc
      .fontSize(8)
      .fillColor('#000000')
      .text(String(y.year), left + y.x - 15, top + g.height - 30, { width: 30, align: 'center' });
  if (g.targetY !== null)
    doc
      .lineWidth(1.5)
      .strokeColor('#3f6b26')
      .dash(5, { space: 3 })
      .moveTo(left + 56, top + g.targetY)
      .lineTo(left + g.width - 24, top + g.targetY)
      .stroke()
      .undash();
  const [first, ...rest] = g.points;
  if (first !== undefined) {
    doc
      .lineWidth(2)
      .strokeColor('#24578f')
      .moveTo(left + first.x, top + first.y);
    for (const p of rest) doc.lineTo(left + p.x, top + p.y);
    if (rest.length > 0) doc.stroke();
    for (const p of g.points) {
      doc.circle(left + p.x, top + p.y, 3).fill('#24578f');
      doc
        .fontSize(8)
        .fillColor('#000000')
        .text(pdfText(formatValue(lang, p.value, indicator.unit)), left + p.x - 25, top + p.y - 14, { width: 50, align: 'center' });
    }
  }
  doc.restore();
  doc.x = left;
  doc.y = top + g.height;
}

/** Renders the progress report as an A4 PDF for the district paper. */
export function reportPdf(data: ReportData, t: Translate, lang: Lang, sentence: (item: IndicatorWithTrend) => string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: pdfText(t('pact.report.title', { name: data.pactName, year: data.year })), Author: 'Wijkportaal' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(pdfText(t('pact.report.title', { name: data.pactName, year: data.year })));
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(pdfText(t('pact.report.intro', { date: formatDate(data.generatedOn, lang) })))
    .moveDown();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(pdfText(t('pact.results.indicators')))
    .moveDown(0.5);
  for (const item of data.indicators) {
    ensureRoom(doc, 60);
    doc.font('Helvetica-Bold').fontSize(11).text(pdfText(item.indicator.name));
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(pdfText(`${t(`pact.trend.${item.trend.status}`)}: ${sentence(item)}`));
    if (item.indicator.values.length > 0) chart(doc, item, lang);
    doc.moveDown(0.5);
  }
  ensureRoom(doc, 80);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(pdfText(t('pact.report.agenda', { year: data.year })))
    .moveDown(0.3);
  doc.font('Helvetica').fontSize(10);
  for (const p of data.projects) doc.text(pdfText(`• ${p.title}: ${t(`pact.project.status.${p.status}`)}`));
  doc
    .moveDown(0.3)
    .text(pdfText(t('pact.report.meetings', { count: data.meetingsHeld, year: data.year })))
    .moveDown();
  ensureRoom(doc, 80);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(pdfText(t('pact.figures.title', { year: data.year })))
    .moveDown(0.3);
  doc.font('Helvetica').fontSize(10);
  for (const f of data.figures)
    doc.text(
      pdfText(
        `• ${t(f.label)}: ${f.value === null ? t('pact.figures.noData') : formatValue(lang, f.value, f.unit === 'count' ? 'count' : f.unit)}`,
      ),
    );
  if (data.missing.length > 0) {
    doc.moveDown(0.3).text(pdfText(t('pact.figures.missing', { figures: missingFigureNames(t, data.missing) })));
  }
  doc.end();
  return done;
}
