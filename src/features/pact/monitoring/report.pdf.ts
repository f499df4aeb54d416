/**
 * The progress report as an accessible PDF for the district paper, built in a PDF worker
 * from plain text: headings, the indicators each with its trend in words and a chart
 * (a tagged figure whose text alternative is that sentence), the agenda and the figures.
 */
import { createPdf, pdfBytes, type PdfMeta } from '../../../platform/pdf/document.ts';
import { TaggedWriter } from '../../../platform/pdf/tagged-writer.ts';
import { chartGeometry, type ChartGeometry, type Target, type YearValue } from './monitoring.rules.ts';

export interface ReportIndicator {
  name: string;
  sentence: string;
  /** The values by year with each one's printed form, and the target; no chart without values. */
  chart: { values: YearValue[]; labels: string[]; target: Target | null } | null;
}

export interface ReportPdf {
  meta: PdfMeta;
  intro: string;
  indicatorsHeading: string;
  indicators: ReportIndicator[];
  agendaHeading: string;
  projects: string[];
  noProjects: string;
  meetings: string;
  figuresHeading: string;
  figures: string[];
  missing: string | null;
}

const CHART = { width: 480, height: 130 };
const AXIS = '#595959';
const TARGET = '#3f6b26';
const LINE = '#24578f';

function drawChart(doc: PDFKit.PDFDocument, top: number, g: ChartGeometry, labels: readonly string[]): void {
  const left = doc.page.margins.left;
  const axisY = top + g.height - 36;
  doc.save().lineWidth(0.5).strokeColor(AXIS);
  doc
    .moveTo(left + 56, axisY)
    .lineTo(left + g.width - 24, axisY)
    .stroke();
  doc.font('regular').fontSize(8).fillColor('#000000');
  for (const y of g.years) doc.text(String(y.year), left + y.x - 15, axisY + 6, { width: 30, align: 'center' });
  if (g.targetY !== null)
    doc
      .lineWidth(1.5)
      .strokeColor(TARGET)
      .dash(5, { space: 3 })
      .moveTo(left + 56, top + g.targetY)
      .lineTo(left + g.width - 24, top + g.targetY)
      .stroke()
      .undash();
  const [first, ...rest] = g.points;
  if (first !== undefined && rest.length > 0) {
    doc
      .lineWidth(2)
      .strokeColor(LINE)
      .moveTo(left + first.x, top + first.y);
    for (const p of rest) doc.lineTo(left + p.x, top + p.y);
    doc.stroke();
  }
  g.points.forEach((p, i) => {
    doc.circle(left + p.x, top + p.y, 3).fill(LINE);
    doc.fillColor('#000000').text(labels[i] ?? '', left + p.x - 25, top + p.y - 14, { width: 50, align: 'center' });
  });
  doc.restore();
}

/** Renders the progress report as an A4 PDF. */
export async function renderPdf(input: ReportPdf): Promise<Buffer> {
  const doc = createPdf(input.meta);
  const w = new TaggedWriter(doc);
  await w.heading(1, input.meta.title);
  await w.paragraph(input.intro, { gap: 11 });
  await w.heading(2, input.indicatorsHeading, { size: 14 });
  for (const item of input.indicators) {
    await w.heading(3, item.name, { size: 11, gap: 2, keep: item.chart === null ? 24 : CHART.height + 24 });
    await w.paragraph(item.sentence, { size: 10, gap: 4 });
    const { chart } = item;
    if (chart === null) continue;
    const geometry = chartGeometry(chart.values, chart.target, CHART);
    w.figure(item.sentence, CHART.height, (d, top) => drawChart(d, top, geometry, chart.labels));
  }
  await w.heading(2, input.agendaHeading, { size: 14 });
  if (input.projects.length > 0) await w.list(input.projects, { size: 10 });
  else await w.paragraph(input.noProjects, { size: 10 });
  await w.paragraph(input.meetings, { size: 10, gap: 11 });
  await w.heading(2, input.figuresHeading, { size: 14 });
  await w.list(input.figures, { size: 10 });
  if (input.missing !== null) await w.paragraph(input.missing, { size: 10 });
  w.end();
  return pdfBytes(doc);
}
