import { derivedId } from './ids.ts';

/** The guide's taxonomies (made by migration 1015); ids follow from their codes. */
const taxonomyCodes = ['thema', 'voor-wie', 'organisatie', 'kenmerk'] as const;
export type TaxonomyCode = (typeof taxonomyCodes)[number];

export interface Term {
  id: string;
  taxonomyId: string;
  taxonomyCode: TaxonomyCode;
  parentId: string | null;
  code: string;
  name: string;
}

// Worked out once: listing the terms asks for them once per term.
const taxonomyIds = new Map(taxonomyCodes.map((code) => [code, derivedId('taxonomy', code)]));
export const taxonomyIdOf = (code: TaxonomyCode): string => taxonomyIds.get(code) ?? derivedId('taxonomy', code);
export const termIdOf = (taxonomy: TaxonomyCode, code: string): string => derivedId('term', taxonomy, code);

export function taxonomyCodeOf(taxonomyId: string): TaxonomyCode | undefined {
  return taxonomyCodes.find((code) => taxonomyIdOf(code) === taxonomyId);
}

/** The catalog key of a term's name, so themes read in the user's language. */
export const termLabelKey = (term: Pick<Term, 'taxonomyCode' | 'code'>): string => `guide.term.${term.taxonomyCode}.${term.code}`;

/** Terms one can filter on: the themes (kinds of question, challenges, goals) and "for whom". */
export function filterTerms(terms: readonly Term[], taxonomy: 'thema' | 'voor-wie'): Term[] {
  return terms.filter((t) => t.taxonomyCode === taxonomy);
}

/** The kinds of question of the meterkastkaart and the kiosk: the children of "Waar kan ik terecht met…". */
export function questionKinds(terms: readonly Term[]): Term[] {
  const parent = termIdOf('thema', 'vraag');
  return terms.filter((t) => t.parentId === parent);
}
