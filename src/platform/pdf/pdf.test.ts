import { describe, expect, it } from 'vitest';
import { createPdf, pdfBytes } from './document.ts';
import { readPdf } from '../testing/pdf.ts';
import { TaggedWriter } from './tagged-writer.ts';

function roles(node: { role?: string; children?: unknown[] } | null): string[] {
  if (node === null) return [];
  return [node.role ?? '', ...(node.children ?? []).flatMap((c) => roles(c as { role?: string; children?: unknown[] }))].filter(Boolean);
}

describe('accessible PDFs', () => {
  it('are tagged, in Dutch, titled, with embedded Unicode fonts that print every name right', async () => {
    const doc = createPdf({ title: 'Meterkastkaart Sterrenwijk', lang: 'nl' });
    const w = new TaggedWriter(doc);
    await w.heading(1, 'Meterkastkaart Sterrenwijk');
    await w.paragraph('Çağ Şükür Łódź — Ğ ş İ ı ł ż ó ń — Ελένη, Ірина, Zoë en Jürgen');
    await w.list(['Buurtteam: 030 123 45 67', 'DOCK: 030 765 43 21']);
    await w.table(['Dag', 'Tijd'], [['maandag', '09:00–12:00']]);
    w.end();
    const pdf = await readPdf(await pdfBytes(doc));
    expect(pdf.text).toContain('Çağ Şükür Łódź');
    expect(pdf.text).toContain('Ğ ş İ ı ł ż ó ń');
    expect(pdf.text).toContain('Ελένη, Ірина');
    expect(pdf.info.Title).toBe('Meterkastkaart Sterrenwijk');
    expect(pdf.info.Language).toBe('nl-NL');
    expect(pdf.raw).toContain('/StructTreeRoot');
    expect(pdf.raw).toContain('/MarkInfo');
    expect(pdf.raw).toContain('/Marked true');
    expect(pdf.raw).toContain('/DisplayDocTitle true');
    expect(pdf.raw).toContain('/FontFile2');
    expect(pdf.raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(roles(pdf.tree as never)).toEqual(expect.arrayContaining(['Document', 'H1', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']));
  });
});
