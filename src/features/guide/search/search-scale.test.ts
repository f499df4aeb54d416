import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { insertRows } from './index.repository.ts';
import type { IndexRow } from './index.rules.ts';
import { districtScope, districtToken } from './match.rules.ts';
import { postgresWalk } from './search-keys.repository.ts';
import { sql } from 'kysely';
import { normalizeText, queryWords, stemsOf } from './search.rules.ts';
import { searchEntries, type SearchFilters } from './search.repository.ts';

const MANY = 1100;

/** An entry of the test city: every one is about coffee; a few carry the word in their name. */
function row(districtId: string, i: number): IndexRow {
  const name = i % 100 === 7 ? `Koffie ochtend ${i}` : i % 50 === 3 ? `Ochtend met koffie ${i}` : `Inloop ${String(i).padStart(4, '0')}`;
  const text = `${name} samen koffie drinken in de buurt`;
  return {
    entryId: `scale-${i}`,
    entryType: i % 3 === 0 ? 'location' : 'service',
    districtId,
    name,
    nameNorm: normalizeText(name),
    nameStems: stemsOf(name),
    subtitle: '',
    summary: '',
    searchText: normalizeText(text),
    stems: [...new Set(stemsOf(text).split(' '))].join(' '),
    isFree: i % 2 === 0,
    physicalOk: false,
    financialOk: false,
    welcomeOk: false,
    buurten: ['*'],
    terms: [],
    districtToken: districtToken(districtId),
  };
}

describeEachEngine('search at city scale: the page costs what it shows (issue 16)', (t) => {
  it('reads more than a thousand matches in result order, the same as ranking them all', async () => {
    const { db } = t();
    const district = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    await insertRows(
      db,
      Array.from({ length: MANY }, (_, i) => row(district.id, i)),
    );
    const check = async (f: SearchFilters, offset: number) => {
      const all = await searchEntries(db, f);
      const page = await searchEntries(db, f, { limit: 20, offset });
      expect(all.total).toBeGreaterThan(0);
      expect(page.hits.map((h) => h.entryId)).toEqual(all.hits.slice(offset, offset + 20).map((h) => h.entryId));
      expect({ total: page.total, more: page.more }).toEqual(
        all.total > 1000 ? { total: 1000, more: true } : { total: all.total, more: false },
      );
      return all;
    };
    const coffee = await check({ districtId: district.id, words: queryWords('koffie') }, 0);
    expect(coffee.hits.slice(0, 2).map((h) => h.name)).toEqual(['Koffie-inloop bij De Wilg', 'Koffie ochtend 1007']);
    await check({ districtId: district.id, words: queryWords('koffie') }, 40);
    await check({ districtId: district.id, words: queryWords('samen buurt') }, 0);
    await check({ districtId: district.id, words: queryWords('koffie'), free: true }, 0);
    await check({ districtId: district.id, words: [], types: ['service'] }, 20);
    const few = await check({ districtId: district.id, words: queryWords('ochtend') }, 0);
    expect(few.total).toBeGreaterThanOrEqual(33); // 11 names start with it, 22 hold it, and the demo’s own
    if (t().engine !== 'postgres') return;
    // PostgreSQL walks a district slice after slice: with sparse matches the first slice of
    // 4 × 20 rows holds few, so the walk goes on from its last key, still in result order.
    const f = { districtId: district.id, words: queryWords('ochtend') };
    const walked = await postgresWalk(db, { f, scopes: [districtScope(district.id)] }, district.id, 20);
    const matches = few.hits.map((h) => h.entryId);
    const first = await sql<{ entry_id: string }>`select entry_id from guide_search_keys where entry_id in (${sql.join(matches)})
      order by district_id, ord, name_norm, entry_id limit 20`.execute(db);
    expect(walked).toEqual(first.rows.map((r) => r.entry_id));
  });
});
