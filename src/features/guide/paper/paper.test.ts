import { expect, it } from 'vitest';
import { accessibilityOf, readPdf } from '../../../platform/testing/pdf.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const NAME = 'Çağ Şükür Łódź';

async function pdfText(body: Buffer): Promise<{ pages: number; size: number[]; text: string }> {
  const pdf = await readPdf(body);
  return { pages: pdf.pages, size: pdf.size, text: pdf.text };
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

  it('prints Turkish and Polish names right in tagged PDFs with embedded fonts, cached by their data (issue 13)', async () => {
    await t().db.updateTable('contacts').set({ name: NAME }).where('name', '=', 'Buurtassistent Sterrenwijk (demo)').execute();
    await t()
      .db.updateTable('services')
      .set({ name: `Repair Café ${NAME}` })
      .where('name', '=', 'Repair Café Oost')
      .execute();
    const card = await t().client().get('/oost/gids/meterkastkaart/sterrenwijk.pdf');
    const overview = await t().client().get('/oost/gids/overzicht.pdf');
    const expected = { tagged: true, language: 'nl-NL', titleShown: true, fontsEmbedded: true };
    const cardPdf = await accessibilityOf(card.rawPayload);
    expect(cardPdf).toMatchObject({ ...expected, title: 'Meterkastkaart Sterrenwijk' });
    expect(cardPdf.pdf.text).toContain(NAME);
    expect(cardPdf.pdf.pages).toBe(1);
    expect(cardPdf.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'H3', 'P']));
    const overviewPdf = await accessibilityOf(overview.rawPayload);
    expect(overviewPdf).toMatchObject(expected);
    expect(overviewPdf.title).toMatch(/Oost/);
    expect(overviewPdf.pdf.text).toContain(`Repair Café ${NAME}`);

    // The same data gives the same PDF: a browser that has it hears 304; changed data, a new one.
    const etag = String(card.headers.etag);
    const again = await t().client().get('/oost/gids/meterkastkaart/sterrenwijk.pdf', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    await t().db.updateTable('contacts').set({ name: 'Buurtassistent Sterrenwijk (demo)' }).where('name', '=', NAME).execute();
    await t().db.updateTable('services').set({ name: 'Repair Café Oost' }).where('name', '=', `Repair Café ${NAME}`).execute();
    const changed = await t().client().get('/oost/gids/meterkastkaart/sterrenwijk.pdf', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
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
