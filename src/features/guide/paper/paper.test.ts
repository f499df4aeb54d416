import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';

const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

async function pdfText(body: Buffer): Promise<{ pages: number; size: number[]; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const first = await pdf.getPage(1);
  return { pages: pdf.numPages, size: first.view.map(Math.round), text: texts.join('\n').replace(/\s+/g, ' ') };
}

describeEachEngine('the guide on paper (issue 3: meterkastkaart and yearly overview)', (t) => {
  it('makes a one-page A4 meterkastkaart with the buurt’s contacts, phones and walk-in hours', async () => {
    const response = await t().client().get('/oost/gids/meterkastkaart/sterrenwijk.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = await pdfText(response.rawPayload);
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toEqual([0, 0, 595, 842]);
    expect(pdf.text).toContain('Waar kan ik terecht met');
    // Seed 004 names no buurt assistants: the buurt network's card names the cooperative's contact.
    expect(pdf.text).toContain('Anouk Wijkinformatiepunt (demo)');
    expect(pdf.text).toContain('030 000 0007');
    expect(pdf.text).toContain('Karim Buurtteam (demo)');
    expect(pdf.text).toContain('Inloop');
    expect(pdf.text).not.toContain('Buurtassistent');
  });

  it('stays one page when a buurt has far more on offer than fits', async () => {
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const coop = await t().db.selectFrom('organizations').select('id').where('name', '=', 'Buurtteam Oost').executeTakeFirstOrThrow();
    const geld = await t().db.selectFrom('taxonomy_terms').select('id').where('code', '=', 'geld').executeTakeFirstOrThrow();
    const at = t().clock.now().toISOString();
    for (let i = 0; i < 60; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      await t()
        .db.insertInto('services')
        .values({
          id,
          organization_id: coop.id,
          district_id: oost.id,
          name: `Extra spreekuur ${i}`,
          alternate_name: null,
          description: '',
          url: null,
          email: null,
          status: 'active',
          is_informal: 0,
          cost_kind: 'free',
          cost_cents: null,
          cost_description: '',
          eligibility_description: '',
          application_process: '',
          last_verified_at: at,
          last_verified_by: null,
          reminded_at: null,
          created_at: at,
          updated_at: at,
          updated_by: null,
        })
        .execute();
      await t().db.insertInto('service_terms').values({ service_id: id, term_id: geld.id }).execute();
    }
    const pdf = await pdfText((await t().client().get('/oost/gids/meterkastkaart/abstede.pdf')).rawPayload);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Er is nog meer.');
  });

  it('makes the yearly overview of the whole district, and knows no unknown buurt', async () => {
    const pdf = await pdfText((await t().client().get('/oost/gids/overzicht.pdf')).rawPayload);
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.text).toContain('Repair Café Oost');
    expect(pdf.text).toContain('Speeltuin de Bloesem');
    expect((await t().client().get('/oost/gids/meterkastkaart/atlantis.pdf')).statusCode).toBe(404);
  });
});
