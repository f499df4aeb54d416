import { describe, expect, it } from 'vitest';
import { sqliteMatch } from '../search/match.rules.ts';
import { expansionsOf, parseWordList, synonymIndex } from './synonyms.rules.ts';

describe('everyday words per theme (issue 10.4)', () => {
  const index = synonymIndex([
    { termId: 'praktisch', words: ['klusje', 'boodschappen', 'rollator'] },
    { termId: 'contact', words: ['eenzaam', 'praten'] },
    { termId: 'geld', words: ['rekeningen', 'praten'] },
  ]);

  it('expands a word that a theme lists, by its stem, and leaves other words alone', () => {
    expect(expansionsOf(['klusjes', 'lamp'], index)).toEqual([{ word: 'klusjes', termIds: ['praktisch'] }]);
    expect(expansionsOf(['boodschap'], index)).toEqual([{ word: 'boodschap', termIds: ['praktisch'] }]);
    expect(expansionsOf(['praten'], index)).toEqual([{ word: 'praten', termIds: ['contact', 'geld'] }]);
    expect(expansionsOf(['fiets', 'eet', 'klusjesmannen'], index)).toEqual([]);
  });

  it('lets the word or its themes match in the SQLite index, the other words as before', () => {
    const match = sqliteMatch(['klusje', 'oost'], { wordThemes: [{ word: 'klusje', termIds: ['praktisch'] }] });
    expect(match).toBe('("klusj"* OR "wp1termpraktisch") AND "oost"*');
  });

  it('reads a coordinator’s list: one word a line or by commas, normalised, without doubles or stop words', () => {
    expect(parseWordList('Klusje\n klusje, Café ;\n\nde\n')).toEqual({ ok: true, words: ['klusje', 'cafe'] });
    expect(parseWordList('samen eten')).toEqual({ ok: false, problem: 'guide.synonyms.notOneWord', word: 'samen eten' });
    expect(parseWordList('a'.repeat(41))).toMatchObject({ ok: false, problem: 'guide.synonyms.tooLong' });
    expect(parseWordList(Array.from({ length: 61 }, (_, i) => `woord${i}`).join('\n'))).toEqual({
      ok: false,
      problem: 'guide.synonyms.tooMany',
    });
    expect(parseWordList('')).toEqual({ ok: true, words: [] });
  });
});
