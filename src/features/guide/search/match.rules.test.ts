import { describe, expect, it } from 'vitest';
import {
  districtScope,
  districtToken,
  filterTokens,
  nameTokens,
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
    // A tier of names asks for the name's words only: the words themselves come with them.
    expect(sqliteTierMatch(['koffie', 'wilg'], {}, 0)).toBe('"wp2nkoffie"* AND "wp2nwilg"* AND "wp2fkoffie"*');
    expect(sqliteTierMatch(['koffie'], {}, 1)).toBe('("wp2nkoffie"*) NOT "wp2fkoffie"*');
    expect(sqliteTierMatch(['koffie'], { districtId: 'ab-12', free: true }, 1)).toBe(
      '("districtab12" AND "wp1free" AND "wp2nkoffie"*) NOT "wp2fkoffie"*',
    );
    expect(sqliteTierMatch(['koffie'], {}, 2)).toBe('"koffie"* NOT ("wp2nkoffie"*)');
    expect(nameTokens('koffie ochtend')).toEqual(['wp2nkoffie', 'wp2nochtend', 'wp2fkoffie']);
  });

  it('asks PostgreSQL the same, every lexeme under the district’s scope', () => {
    const d = districtScope('ab-12');
    expect(d).toMatch(/^d[0-9a-f]{11}$/);
    expect(districtScope('ab-13')).not.toBe(d);
    // Checked against a row: prefixes match as prefixes.
    expect(postgresQuery(['koffie'], { free: true }, [d])).toBe(`'${d}wp1free' & '${d}koffie':*`);
    expect(postgresQuery(['koffie', 'wilg'], {}, [d], 0)).toBe(
      `'${d}koffie':* & '${d}wilg':* & '${d}wp2fkoffie':* & '${d}wp2nkoffie':* & '${d}wp2nwilg':*`,
    );
    expect(postgresQuery(['koffie'], {}, [d], 1)).toBe(`'${d}koffie':* & '${d}wp2nkoffie':* & !'${d}wp2fkoffie':*`);
    expect(postgresQuery(['koffie'], {}, [d], 2)).toBe(`'${d}koffie':* & !('${d}wp2nkoffie':*)`);
    expect(postgresQuery(['klusje'], { buurtIds: ['b-1', '*'], wordThemes: [{ word: 'klusje', termIds: ['T-2'] }] }, [d])).toBe(
      `('${d}wp1buurtb1' | '${d}wp1buurt') & ('${d}klusj':* | '${d}wp1termt2')`,
    );
    expect(postgresQuery(['yoga'], {}, ['da', 'db'])).toBe(`('dayoga':*) | ('dbyoga':*)`);
    expect(postgresQuery([], { districtId: 'ab-12' }, [d])).toBe('');
    // Looked up in the GIN index: what a row must hold; a prefix as its lexeme, cut to ten letters.
    expect(postgresLookup(['koffie', 'wilg'], {}, d, 0)).toEqual({
      all: [`${d}koffie`, `${d}wilg`, `${d}wp2fkoffie`, `${d}wp2nkoffie`, `${d}wp2nwilg`],
      anyOf: [],
      whole: true,
    });
    expect(postgresLookup(['koffie'], { buurtIds: ['b-1', '*'] }, d)).toEqual({
      all: [`${d}koffie`],
      anyOf: [[`${d}wp1buurtb1`, `${d}wp1buurt`]],
      whole: true,
    });
    // The tiers' "not", a prefix cut to ten letters, a word of one letter: the rows are checked too.
    expect(postgresLookup(['koffie'], {}, d, 2)).toEqual({ all: [`${d}koffie`], anyOf: [], whole: false });
    expect(postgresLookup(['huiswerkbegeleiding', 'x'], {}, d)).toEqual({ all: [`${d}huiswerkbe`], anyOf: [], whole: false });
  });

  it('asks for every stem a word typed in part may be the start of, on both engines', () => {
    // "spreek" stems to "sprek", which does not start "spreekur" (the stem of "spreekuur").
    expect(sqliteMatch(['spreek'])).toBe('("sprek"* OR "spreek"*)');
    expect(sqliteTierMatch(['spreek', 'uur'], {}, 0)).toBe(
      '("wp2nsprek"* OR "wp2nspreek"*) AND ("wp2nur"* OR "wp2nuur"*) AND ("wp2fsprek"* OR "wp2fspreek"*)',
    );
    expect(sqliteTierMatch(['spreek'], {}, 1)).toBe('(("wp2nsprek"* OR "wp2nspreek"*)) NOT ("wp2fsprek"* OR "wp2fspreek"*)');
    const d = districtScope('ab-12');
    expect(postgresQuery(['spreek'], {}, [d], 1)).toBe(
      `('${d}sprek':* | '${d}spreek':*) & ('${d}wp2nsprek':* | '${d}wp2nspreek':*) & !('${d}wp2fsprek':* | '${d}wp2fspreek':*)`,
    );
    expect(postgresLookup(['spreek'], {}, d, 0)).toEqual({
      all: [],
      anyOf: [
        [`${d}sprek`, `${d}spreek`],
        [`${d}wp2fsprek`, `${d}wp2fspreek`],
        [`${d}wp2nsprek`, `${d}wp2nspreek`],
      ],
      whole: true,
    });
  });

  it('gives PostgreSQL a row’s words, filters and name under its scope, and the prefixes to look up', () => {
    const d = districtScope('ab-12');
    const { doc, find } = postgresLexemes('ab-12', `${districtToken('ab-12')} wp1typeservice koffie ochtend koffie`, 'koffie ochtend');
    const scoped = (list: string[]) => list.map((l) => d + l);
    expect(doc).toEqual(scoped(['wp1typeservice', 'koffie', 'ochtend', 'wp2nkoffie', 'wp2nochtend', 'wp2fkoffie']));
    expect(find).toEqual(
      scoped([
        ...['wp1typeservice', 'koffie', 'ochtend', 'wp2nkoffie', 'wp2nochtend', 'wp2fkoffie'],
        ...['ko', 'kof', 'koff', 'koffi', 'oc', 'och', 'ocht', 'ochte', 'ochten'],
        ...['wp2nko', 'wp2nkof', 'wp2nkoff', 'wp2nkoffi', 'wp2noc', 'wp2noch', 'wp2nocht', 'wp2nochte', 'wp2nochten'],
        ...['wp2fko', 'wp2fkof', 'wp2fkoff', 'wp2fkoffi'],
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
