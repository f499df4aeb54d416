/**
 * Search normalisation for the guide, the same for SQLite and PostgreSQL: lower case,
 * without diacritics ("café" → "cafe"), the Dutch stop words of PostgreSQL's `dutch`
 * configuration left out, and words stemmed with the Snowball Dutch stemmer that
 * PostgreSQL's configuration uses, so "fietsen" → "fiets", which is a prefix of
 * "fietsreparatie". A query matches an entry when every query stem is the start of a
 * stem of the entry.
 */

import { stemDutch } from './stemmer.rules.ts';

/** The stop words of PostgreSQL's `dutch` configuration (Snowball, BSD licence). */
const stopWords = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo ' +
    'door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat ' +
    'iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt ' +
    'wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '),
);

/** Lower case, no diacritics, only letters and digits separated by single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words that count for search: normalised, without stop words. */
function searchWords(text: string): string[] {
  const words = normalizeText(text).split(' ');
  return words.filter((w) => w !== '' && !stopWords.has(w));
}

/** What the SQLite index stores: every search word as its stem. */
export function stemsOf(text: string): string {
  return searchWords(text).map(stemDutch).join(' ');
}

/** At most this many words of a query count; the rest would only slow the search down. */
const MAX_QUERY_WORDS = 8;

/** A query as the words it searches for (diacritics and stop words gone), for both engines. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS);
}

/**
 * A query that finds nothing because one of its words is not in any entry ("ik voel me
 * eenzaam", "kraan lekt"): each of its words to search for alone. One word: nothing to try.
 */
export function singleWords(query: string): string[] {
  const words = queryWords(query);
  return words.length > 1 ? words : [];
}

/**
 * The SQLite index holds a district's entries under a token of that district, so a search
 * in one district only ever reads that district's part of the index.
 */
export function districtToken(districtId: string): string {
  return `district${districtId.replace(/[^0-9a-z]/gi, '').toLowerCase()}`;
}

/**
 * The filters as words in the SQLite index, so one FTS5 query finds what meets them all:
 * a facet (`buurt`, `term`) with its value (an id; '*' is the whole district), the entry's
 * type, and the flags (free, accessible). The same SQL builds them in migration 1030.
 */
const facetToken = (facet: string, value: string): string => `wp1${facet}${value.replace(/[^0-9a-z]/gi, '').toLowerCase()}`;

export interface FilterFacts {
  entryType: string;
  isFree: boolean;
  physicalOk: boolean;
  financialOk: boolean;
  welcomeOk: boolean;
  buurten: readonly string[];
  terms: readonly string[];
}

export function filterTokens(e: FilterFacts): string {
  const flags = { free: e.isFree, physical: e.physicalOk, financial: e.financialOk, welcome: e.welcomeOk };
  return [
    facetToken('type', e.entryType),
    ...Object.entries(flags).flatMap(([name, on]) => (on ? [facetToken(name, '')] : [])),
    ...e.buurten.map((b) => facetToken('buurt', b)),
    ...e.terms.map((t) => facetToken('term', t)),
  ].join(' ');
}

export interface FilterChoice {
  districtId?: string;
  buurtIds?: readonly string[];
  termIds?: readonly string[];
  free?: boolean;
  accessible?: readonly ('physical' | 'financial' | 'welcome')[];
  types?: readonly string[];
  /** Query words that also match by theme (everyday words, issue 10.4): the word or one of the themes. */
  wordThemes?: readonly WordThemes[];
}

export interface WordThemes {
  word: string;
  termIds: readonly string[];
}

/** One query word for FTS5: its stem as a prefix, or any of the themes it is an everyday word for. */
function sqliteWord(word: string, f: FilterChoice): string {
  const stem = `"${stemDutch(word)}"*`;
  const themes = f.wordThemes?.find((x) => x.word === word)?.termIds ?? [];
  return themes.length === 0 ? stem : `(${[stem, ...themes.map((t) => `"${facetToken('term', t)}"`)].join(' OR ')})`;
}

/** FTS5 query: the district, every filter, and every word's stem as a prefix (words are only letters and digits). */
export function sqliteMatch(words: readonly string[], f: FilterChoice = {}): string {
  const anyOf = (tokens: string[]) => (tokens.length === 1 ? `"${tokens[0] ?? ''}"` : `("${tokens.join('" OR "')}")`);
  const parts = [
    ...(f.districtId === undefined ? [] : [`"${districtToken(f.districtId)}"`]),
    ...(f.buurtIds === undefined ? [] : [anyOf(f.buurtIds.map((b) => facetToken('buurt', b)))]),
    ...(f.termIds ?? []).map((t) => anyOf([facetToken('term', t)])),
    ...(f.free === true ? [anyOf([facetToken('free', '')])] : []),
    ...(f.accessible ?? []).map((a) => anyOf([facetToken(a, '')])),
    ...(f.types && f.types.length > 0 ? [anyOf(f.types.map((t) => facetToken('type', t)))] : []),
    ...words.map((w) => sqliteWord(w, f)),
  ];
  return parts.join(' AND ');
}

/** PostgreSQL tsquery text for to_tsquery('dutch', …): the `dutch` configuration stems each word itself. */
export function postgresTsquery(words: readonly string[], districtId?: string): string {
  return [...(districtId === undefined ? [] : [districtToken(districtId)]), ...words.map((w) => `${w}:*`)].join(' & ');
}

/**
 * The ranking, in tiers found by the index (issue 16): first the entries whose name starts
 * with the first query word and holds every other one, then those whose name holds every
 * query word, then the rest; within a tier services, places, organisations, by name.
 */
export const RANK_TIERS = 3;

/** FTS5 query of one tier: the search itself and what the tier asks of the `first` and `name` columns. */
export function sqliteTierMatch(words: readonly string[], f: FilterChoice, tier: number): string {
  const base = sqliteMatch(words, f);
  const stems = words.map((w) => `"${stemDutch(w)}"*`);
  const inName = stems.map((s) => `name : ${s}`).join(' AND ');
  const first = `first : ${stems[0] ?? '""'}`;
  if (tier === 0) return `${base} AND ${first} AND ${inName}`;
  if (tier === 1) return `(${base} AND ${inName}) NOT ${first}`;
  return `${base} NOT (${inName})`;
}

/** PostgreSQL tsquery of one tier over the name's stems (`simple` configuration, first word weighs A). */
export function postgresTierQuery(words: readonly string[], tier: number): string {
  const stems = words.map(stemDutch);
  const inName = stems.map((s) => `${s}:*`).join(' & ');
  const first = `${stems[0] ?? ''}:*A`;
  if (tier === 0) return `${first} & ${inName}`;
  if (tier === 1) return `${inName} & !${first}`;
  return `!(${inName})`;
}
