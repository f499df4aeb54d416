import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { reindexAround, reindexDistrict } from './index.repository.ts';
import { searchEntries } from './search.repository.ts';
import { sql } from 'kysely';
import { normalizeText, queryWords } from './search.rules.ts';
import { stemDutch } from './stemmer.rules.ts';

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

  it('finds with a word typed in part what the whole word finds, where the stemmer changes its end', async () => {
    for (const [part, whole] of [
      ['spreek', 'spreekuur'],
      ['telefoo', 'telefoon'],
      ['gezondh', 'gezondheid'],
      ['gesprekk', 'gesprekken'],
      ['begeleidi', 'begeleiding'],
    ] as const) {
      const found = await names(part);
      expect(found.length, part).toBeGreaterThan(0);
      expect(found, part).toEqual(await names(whole));
    }
    expect(await names('spreek')).toContain('Digitaal spreekuur: hulp met computer, telefoon en formulieren');
  });

  it('merges SQLite’s full-text index into one b-tree when a district is rebuilt', async () => {
    if (t().engine !== 'sqlite') return;
    const segments = async () =>
      Number((await sql<{ n: number }>`select count(distinct segid) as n from guide_search_fts_idx`.execute(t().db)).rows[0]?.n);
    const organization = await t()
      .db.selectFrom('guide_search')
      .select('entry_id')
      .where('district_id', '=', await oost())
      .where('entry_type', '=', 'organization')
      .executeTakeFirstOrThrow();
    // Every change written on its own adds a b-tree: a lookup reads each of them.
    for (let i = 0; i < 3; i++) await reindexAround(t().db, await oost(), { organizationIds: [organization.entry_id] });
    expect(await segments()).toBeGreaterThan(1);
    await reindexDistrict(t().db, await oost());
    expect(await segments()).toBe(1);
    expect(await names('koffie wilg')).toEqual(['Koffie-inloop bij De Wilg', 'De Wilg', 'De Wilg']);
  });

  it('stems every word of the guide exactly as PostgreSQL’s dutch configuration does', async () => {
    if (t().engine !== 'postgres') return;
    const rows = await t().db.selectFrom('guide_search_words').select(['search_text']).execute();
    const words = [...new Set(rows.flatMap((r) => r.search_text.split(' ')).filter((w) => /^[a-z]+$/.test(w)))];
    words.push('fietsen', 'fietsreparatie', 'kinderen', 'gezondheden', 'mogelijkheid', 'maandelijkse', 'lichamelijk', 'vrijwilligers');
    const result = await sql<{
      w: string;
      s: string | null;
    }>`select w, (ts_lexize('dutch_stem', w))[1] as s from unnest(${words}::text[]) as w`.execute(t().db);
    const differ = result.rows.filter((r) => r.s !== null && r.s !== stemDutch(r.w)).map((r) => `${r.w}: ${r.s ?? ''} / ${stemDutch(r.w)}`);
    expect(words.length).toBeGreaterThan(300);
    expect(differ).toEqual([]);
    expect(normalizeText('Café')).toBe('cafe');
  });

  it('ranks entries with the word in their name first', async () => {
    const hits = await names('koffie');
    expect(hits[0]).toBe('Koffie-inloop bij De Wilg');
  });

  it('indexes every entry’s name among its words, which a tier of names relies on to leave the words out', async () => {
    const rows = await t().db.selectFrom('guide_search_words').select(['stems', 'name_stems']).execute();
    const stemsOf = (text: string) => text.split(' ').filter((w) => w !== '');
    const missing = rows.filter((r) => stemsOf(r.name_stems).some((s) => !stemsOf(r.stems).includes(s)));
    expect(rows.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    // Two words: the name that holds both first, then the entries that hold "koffie" elsewhere.
    expect(await names('koffie wilg')).toEqual(['Koffie-inloop bij De Wilg', 'De Wilg', 'De Wilg']);
  });

  it('filters on buurt, theme, for whom, free, accessible and open now', async () => {
    const page = async (query: string) => {
      const body = (await t().client().get(`/oost/gids?${query}`)).body;
      return [...body.matchAll(/class="utrecht-link wp-card__link" href="[^"]+">([^<]+)</g)].map((m) => m[1]);
    };
    expect(await page('q=buurtnetwerk&buurt=sterrenwijk&soort=aanbod')).toEqual(['Buurtnetwerk Sterrenwijk']);
    expect(await page('thema=mantelzorg&soort=aanbod')).toEqual(['Maatje: samen naar een nieuwe plek', 'Steun voor mantelzorgers']);
    expect(await page('voorwie=kinderen&soort=aanbod')).toEqual([
      'Activiteiten voor kinderen in speeltuin de Bloesem',
      'Buurtsport voor jong en oud',
    ]);
    expect(await page('q=klussendienst&gratis=ja&soort=aanbod')).toEqual([]);
    expect(await page('q=klussendienst')).toContain('Klussendienst van Oost helpt');
    expect(await page('soort=plekken&toegankelijk=lichamelijk&toegankelijk=welkom')).toEqual(['Podium Oost']);
    // Monday 23 November 2026, 10:00 in Amsterdam: the walk-in of the Wijkinformatiepunt is open, the Tuesday one of the buurtteam is not.
    const open = await page('q=inloop&open=nu&soort=aanbod');
    expect(open).toContain('Wijkinformatiepunt: inloop met al uw vragen');
    expect(open).not.toContain('Begeleiding op maat door het buurtteam');
    t().clock.set('2026-11-24T08:30:00.000Z');
    expect(await page('q=buurtteam&open=nu&soort=aanbod')).toEqual(['Begeleiding op maat door het buurtteam']);
    t().clock.set('2026-11-23T09:00:00.000Z');
  });

  it('shows the search page with results, and refuses unknown filters with a clear message', async () => {
    expect((await t().client().get('/oost/gids?q=schulden&buurt=&thema=&voorwie=&soort=')).statusCode).toBe(200);
    const page = await t().client().get('/oost/gids?q=schulden&thema=geld');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hulp bij geldzaken en administratie');
    const bad = await t().client().get('/oost/gids?buurt=atlantis&thema=vliegen');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Deze buurt kennen we niet');
    expect(bad.body).toContain('Dit thema kennen we niet');
  });

  it('offers a way out of an empty search: each typed word alone, or the words without any filter (issue 10.4, 10.5)', async () => {
    const sentence = await t().client().get('/oost/gids?q=ik+voel+me+eenzaam');
    expect(sentence.body).toContain('0 resultaten');
    expect(sentence.body).toMatch(/Alleen het woord „eenzaam”: \d+ gevonden/);
    const filters = await t().client().get('/oost/gids?buurt=de-uithof&thema=mantelzorg&voorwie=jongeren&gratis=ja&soort=plekken');
    expect(filters.body).toContain('0 resultaten');
    expect(filters.body).toMatch(/Zonder „al uw keuzes”: \d+ gevonden/);
  });
});
