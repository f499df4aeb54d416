import { describe, expect, it } from 'vitest';
import { createPdf, pdfBytes } from './document.ts';
import { accessibilityOf } from '../testing/pdf.ts';
import { TaggedWriter } from './tagged-writer.ts';

describe('accessible PDFs', () => {
  it('are tagged, in Dutch, titled, with embedded Unicode fonts that print every name right', async () => {
    const doc = createPdf({ title: 'Meterkastkaart Sterrenwijk', lang: 'nl' });
    const w = new TaggedWriter(doc);
    await w.heading(1, 'Meterkastkaart Sterrenwijk');
    await w.paragraph('Çağ Şükür Łódź — Ğ ş İ ı ł ż ó ń — Ελένη, Ірина, Zoë en Jürgen');
    await w.list(['Buurtteam: 030 123 45 67', 'DOCK: 030 765 43 21']);
    await w.table(['Dag', 'Tijd'], [['maandag', '09:00–12:00']]);
    w.end();
    const checked = await accessibilityOf(await pdfBytes(doc));
    const { pdf } = checked;
    expect(pdf.text).toContain('Çağ Şükür Łódź');
    expect(pdf.text).toContain('Ğ ş İ ı ł ż ó ń');
    expect(pdf.text).toContain('Ελένη, Ірина');
    expect(checked).toMatchObject({
      tagged: true,
      language: 'nl-NL',
      title: 'Meterkastkaart Sterrenwijk',
      titleShown: true,
      fontsEmbedded: true,
    });
    expect(checked.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']));
  });
});
