import { describe, expect, it } from 'vitest';
import { normalizeText, queryWords, singleWords, stemsOf } from './search.rules.ts';
import { prefixStems, stemDutch } from './stemmer.rules.ts';

const matches = (query: string, text: string) => {
  const stems = stemsOf(text).split(' ');
  return queryWords(query).every((w) => stems.some((s) => prefixStems(w).some((p) => s.startsWith(p))));
};

describe('search normalisation (issue 3: one search box in plain Dutch)', () => {
  it('drops diacritics and case: "cafe" finds "café", "cooperatie" finds "Wijkcoöperatie"', () => {
    expect(normalizeText('Café  Wijkcoöperatie, Oost!')).toBe('cafe wijkcooperatie oost');
    expect(matches('cafe', 'Buurtcafé De Wilg')).toBe(false);
    expect(matches('cafe', 'Het café van De Wilg')).toBe(true);
    expect(matches('wijkcooperatie', 'Wijkcoöperatie Oost voor Elkaar')).toBe(true);
  });

  it('stems Dutch words: "fietsen" finds "fietsreparatie"', () => {
    expect(stemDutch('fietsen')).toBe('fiets');
    expect(matches('fietsen', 'Gratis fietsreparatie op zaterdag')).toBe(true);
    expect(matches('kinderen', 'Voor elk kind en ouders')).toBe(false);
    expect(matches('kinderen', 'Activiteiten voor kinderen tot 12 jaar')).toBe(true);
  });

  it('is prefix-aware: a word being typed already finds', () => {
    expect(matches('buurth', 'Buurthuis Sterrenzicht')).toBe(true);
    expect(matches('schuld', 'Hulp bij schulden en geldzaken')).toBe(true);
  });

  it('finds with a word typed in part where the stemmer changes its end', () => {
    // Its own stem alone misses: "spreek" → "sprek", "telefoo" → "telefoo" (the index holds "telefon").
    expect(['spreek', 'telefoo', 'gezondh', 'gesprekk', 'begeleidi', 'kwetsbaarh', 'fietsen'].map(prefixStems)).toEqual([
      ['sprek', 'spreek'],
      ['telefo'],
      ['gezond'],
      ['gesprek'],
      ['begeleid'],
      ['kwetsbar', 'kwetsbaarh'],
      ['fiets'],
    ]);
    expect(matches('spreek', 'Digitaal spreekuur')).toBe(true);
    expect(matches('telefoo', 'Hulp met uw telefoon')).toBe(true);
    expect(matches('gezondh', 'Werken aan gezondheid')).toBe(true);
    expect(matches('gesprekk', 'Gesprekken met ervaringsdeskundigen')).toBe(true);
    expect(matches('ondersteuni', 'Ondersteuning thuis')).toBe(true);
    expect(matches('telefoo', 'Hulp bij formulieren')).toBe(false);
  });

  it('leaves out the stop words of PostgreSQL’s dutch configuration, and needs every other word', () => {
    expect(queryWords('hulp bij de schulden')).toEqual(['hulp', 'schulden']);
    expect(matches('hulp schulden', 'Hulp bij schulden')).toBe(true);
    expect(matches('hulp fietsen', 'Hulp bij schulden')).toBe(false);
  });

  it('offers each word of a query alone, once it holds more than one (issue 10.4)', () => {
    expect(singleWords('ik voel me eenzaam')).toEqual(['voel', 'eenzaam']);
    expect(singleWords('de eenzaamheid')).toEqual([]);
    expect(singleWords('')).toEqual([]);
  });

  it('follows the Snowball Dutch stemmer in its corners', () => {
    expect(['maan', 'lichamelijk', 'ouderen', 'gezondheden', 'mogelijkheid', 'vrijheden', 'opgaven', 'wandelend'].map(stemDutch)).toEqual([
      'man',
      'licham',
      'ouder',
      'gezond',
      'mogelijk',
      'vrijheid',
      'opgav',
      'wandel',
    ]);
  });
});
