import { describe, expect, it } from 'vitest';
import {
  districtScope,
  districtToken,
  filterTokens,
  postgresLexemes,
  postgresLookup,
  postgresQuery,
  sqliteMatch,
  sqliteTierMatch,
} from './match.rules.ts';
import { queryWords } from './search.rules.ts';

describe('what a search asks of the index, for both engines (issue 16)', () => {
  it('builds safe FTS5 queries from words of letters and digits only', () => {
    const words = queryWords('Fietsen "OR" * café');
    expect(words).toEqual(['fietsen', 'or', 'cafe']);
    expect(sqliteMatch(words)).toBe('"fiets"* AND "or"* AND "caf"*');
    expect(sqliteMatch(['koffie'], { districtId: 'ab-12' })).toBe('"districtab12" AND "koffie"*');
    expect(sqliteMatch([], { districtId: 'ab-12', buurtIds: ['b-1', '*'], free: true, types: ['service'] })).toBe(
      '"districtab12" AND ("wp1buurtb1" OR "wp1buurt") AND "wp1free" AND "wp1typeservice"',
    );
    expect(sqliteMatch(['klusje'], { wordThemes: [{ word: 'klusje', termIds: ['T-2'] }] })).toBe('("klusj"* OR "wp1termt2")');
  });

  it('ranks in tiers: the first word starting the name, every word in the name, the rest', () => {
    expect(sqliteTierMatch(['koffie', 'wilg'], {}, 0)).toBe(
      '"koffie"* AND "wilg"* AND first : "koffie"* AND name : "koffie"* AND name : "wilg"*',
    );
    expect(sqliteTierMatch(['koffie'], {}, 1)).toBe('("koffie"* AND name : "koffie"*) NOT first : "koffie"*');
    expect(sqliteTierMatch(['koffie'], {}, 2)).toBe('"koffie"* NOT (name : "koffie"*)');
  });

  it('asks PostgreSQL the same, every lexeme under the district’s scope', () => {
    const d = districtScope('ab-12');
    expect(d).toMatch(/^d[0-9a-f]{11}$/);
    expect(districtScope('ab-13')).not.toBe(d);
    // Checked against a row: prefixes match as prefixes.
    expect(postgresQuery(['koffie'], { free: true }, [d])).toBe(`'${d}wp1free' & '${d}koffie':*`);
    expect(postgresQuery(['koffie', 'wilg'], {}, [d], 0)).toBe(
      `'${d}koffie':* & '${d}wilg':* & '${d}wp1fkoffie':* & '${d}wp1nkoffie':* & '${d}wp1nwilg':*`,
    );
    expect(postgresQuery(['koffie'], {}, [d], 1)).toBe(`'${d}koffie':* & '${d}wp1nkoffie':* & !'${d}wp1fkoffie':*`);
    expect(postgresQuery(['koffie'], {}, [d], 2)).toBe(`'${d}koffie':* & !('${d}wp1nkoffie':*)`);
    expect(postgresQuery(['klusje'], { buurtIds: ['b-1', '*'], wordThemes: [{ word: 'klusje', termIds: ['T-2'] }] }, [d])).toBe(
      `('${d}wp1buurtb1' | '${d}wp1buurt') & ('${d}klusj':* | '${d}wp1termt2')`,
    );
    expect(postgresQuery(['yoga'], {}, ['da', 'db'])).toBe(`('dayoga':*) | ('dbyoga':*)`);
    expect(postgresQuery([], { districtId: 'ab-12' }, [d])).toBe('');
    // Looked up in the GIN index: what a row must hold; a prefix as its lexeme, cut to ten letters.
    expect(postgresLookup(['koffie', 'wilg'], {}, d, 0)).toEqual({
      all: [`${d}koffie`, `${d}wilg`, `${d}wp1fkoffie`, `${d}wp1nkoffie`, `${d}wp1nwilg`],
      anyOf: [],
    });
    expect(postgresLookup(['koffie'], {}, d, 2)).toEqual({ all: [`${d}koffie`], anyOf: [] });
    expect(postgresLookup(['huiswerkbegeleiding', 'x'], { buurtIds: ['b-1', '*'] }, d)).toEqual({
      all: [`${d}huiswerkbe`],
      anyOf: [[`${d}wp1buurtb1`, `${d}wp1buurt`]],
    });
  });

  it('gives PostgreSQL a row’s words, filters and name under its scope, and the prefixes to look up', () => {
    const d = districtScope('ab-12');
    const { doc, find } = postgresLexemes('ab-12', `${districtToken('ab-12')} wp1typeservice koffie ochtend koffie`, 'koffie ochtend');
    const scoped = (list: string[]) => list.map((l) => d + l);
    expect(doc).toEqual(scoped(['wp1typeservice', 'koffie', 'ochtend', 'wp1nkoffie', 'wp1nochtend', 'wp1fkoffie']));
    expect(find).toEqual(
      scoped([
        ...['wp1typeservice', 'koffie', 'ochtend', 'wp1nkoffie', 'wp1nochtend', 'wp1fkoffie'],
        ...['ko', 'kof', 'koff', 'koffi', 'oc', 'och', 'ocht', 'ochte', 'ochten'],
        ...['wp1nko', 'wp1nkof', 'wp1nkoff', 'wp1nkoffi', 'wp1noc', 'wp1noch', 'wp1nocht', 'wp1nochte', 'wp1nochten'],
        ...['wp1fko', 'wp1fkof', 'wp1fkoff', 'wp1fkoffi'],
      ]),
    );
    expect(postgresLexemes('ab-12', 'huiswerkbegeleid', '').find).toContain(`${d}huiswerkbe`);
    expect(postgresLexemes('ab-12', 'huiswerkbegeleid', '').find).not.toContain(`${d}huiswerkbeg`);
  });

  it('puts the filters in the index as words', () => {
    const facts = { entryType: 'location', isFree: true, physicalOk: false, financialOk: true, welcomeOk: false };
    expect(filterTokens({ ...facts, buurten: ['*'], terms: ['T-1'] })).toBe('wp1typelocation wp1free wp1financial wp1buurt wp1termt1');
  });
});
