import type { Db } from '../../../platform/db/schema.ts';
import { cachedBuurten, type Buurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../../platform/http/forms.ts';
import type { EntryType } from '../model/guide.model.ts';
import { filterTerms, type Term } from '../model/taxonomy.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { cachedSynonyms } from '../synonyms/synonyms.repository.ts';
import { expansionsOf, type SynonymIndex } from '../synonyms/synonyms.rules.ts';
import type { SearchFilters } from './search.repository.ts';
import { queryWords } from './search.rules.ts';
import type { SearchQuery } from './search.schema.ts';

const types: Record<NonNullable<SearchQuery['soort']>, EntryType> = {
  aanbod: 'service',
  plekken: 'location',
  organisaties: 'organization',
};
const dimensions = { lichamelijk: 'physical', financieel: 'financial', welkom: 'welcome' } as const;

/** What a search may filter on in a district: its buurten and the terms. */
export interface Vocabulary {
  buurten: readonly Buurt[];
  terms: Term[];
  /** Everyday words that lead to themes. */
  synonyms: SynonymIndex;
}

export async function vocabulary(db: Db, district: District): Promise<Vocabulary> {
  return { buurten: await cachedBuurten(db, district.id), terms: await cachedTerms(db), synonyms: await cachedSynonyms(db) };
}

/** Turns the query into filters; unknown buurten or themes are problems, never silently dropped. */
export function filtersOf(district: District, query: SearchQuery, vocab: Vocabulary): { filters: SearchFilters; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const buurt = query.buurt ? vocab.buurten.find((b) => b.slug === query.buurt) : undefined;
  if (query.buurt && buurt === undefined) errors.buurt = { code: 'guide.search.unknownBuurt' };
  const termOf = (code: string | null, taxonomy: 'thema' | 'voor-wie', field: string) => {
    if (!code) return [];
    const term = filterTerms(vocab.terms, taxonomy).find((t) => t.code === code);
    if (term === undefined) errors[field] = { code: 'guide.search.unknownTerm' };
    return term ? [term.id] : [];
  };
  const termIds = [...termOf(query.thema, 'thema', 'thema'), ...termOf(query.voorwie, 'voor-wie', 'voorwie')];
  const words = queryWords(query.q ?? '');
  const wordThemes = expansionsOf(words, vocab.synonyms);
  const filters: SearchFilters = {
    districtId: district.id,
    words,
    ...(wordThemes.length > 0 ? { wordThemes } : {}),
    termIds,
    free: query.gratis,
    accessible: query.toegankelijk.map((a) => dimensions[a]),
    ...(buurt ? { buurtIds: [buurt.id, '*'] } : {}),
    ...(query.soort ? { types: [types[query.soort]] } : {}),
  };
  return { filters, errors };
}
