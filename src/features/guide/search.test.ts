import { expect, it } from 'vitest';
import { describeEachEngine } from '../../platform/testing/test-app.ts';
import { searchEntries } from './search.repository.ts';
import { queryWords } from './search.rules.ts';

describeEachEngine('finding in the guide (issue 3: one search box, same results on both engines)', (t) => {
  const oost = async () => (await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow()).id;
  const names = async (query: string, extra: object = {}) =>
    (await searchEntries(t().db, { districtId: await oost(), words: queryWords(query), ...extra })).hits.map((h) => h.name);

  it('finds by stem, without diacritics, and by the start of a word', async () => {
    expect(await names('fietsen')).toEqual(['Repair Café Oost']);
    expect(await names('cafe')).toEqual(expect.arrayContaining(['Repair Café Oost']));
    expect(await names('wijkcooperatie')).toContain('Wijkcoöperatie Oost voor Elkaar');
    expect(await names('buurtnetw sterrenwijk')).toEqual(['Buurtnetwerk Sterrenwijk', 'Wijkcoöperatie Oost voor Elkaar']);
    expect(await names('schulden')).toEqual(
      expect.arrayContaining(['Begeleiding op maat door het buurtteam', 'Hulp bij geldzaken en administratie']),
    );
    expect(await names('kinderen')).toContain('Activiteiten voor kinderen in speeltuin de Bloesem');
  });

  it('ranks entries with the word in their name first', async () => {
    const hits = await names('koffie');
    expect(hits[0]).toBe('Koffie-inloop bij De Wilg');
  });

  it('shows the search page with results, and refuses unknown filters with a clear message', async () => {
    const page = await t().client().get('/oost/gids?q=schulden&thema=geld');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hulp bij geldzaken en administratie');
    const bad = await t().client().get('/oost/gids?buurt=atlantis&thema=vliegen');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Deze buurt kennen we niet');
    expect(bad.body).toContain('Dit thema kennen we niet');
  });
});
