/**
 * What a search asks of the index, once for both engines (issue 16): the filters are words
 * in the index (facet tokens), a query word is its stem as a prefix, and the ranking tiers
 * ask for the name's words. One list of clauses (all must hold; a clause is any of its
 * terms) is written as an FTS5 query for SQLite and as a tsquery for PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { prefixStems } from './stemmer.rules.ts';

/** A token of the index, as a whole word or as the start of one, among all of a row's words or its name's. */
interface Term {
  token: string;
  prefix: boolean;
  name?: 'first' | 'any';
}
type Clause = readonly Term[];

/**
 * The SQLite index holds a district's entries under a token of that district, so a search
 * in one district only ever reads that district's part of the index.
 */
export function districtToken(districtId: string): string {
  return `district${districtId.replace(/[^0-9a-z]/gi, '').toLowerCase()}`;
}

/**
 * The filters as words in the index, so one query finds what meets them all: a facet
 * (`buurt`, `term`) with its value (an id; '*' is the whole district), the entry's type,
 * and the flags (free, accessible). The same SQL builds them in migration 1030.
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

const exact = (token: string): Term => ({ token, prefix: false });

/** One query word as prefixes: any of the stems it may be the start of (typed in part), in the name when asked. */
const wordTerms = (word: string, name?: Term['name']): Term[] =>
  prefixStems(word).map((token) => (name === undefined ? { token, prefix: true } : { token, prefix: true, name }));

/** One query word: a stem it may be the start of, or any of the themes it is an everyday word for. */
function wordClause(word: string, f: FilterChoice): Clause {
  const themes = f.wordThemes?.find((x) => x.word === word)?.termIds ?? [];
  return [...wordTerms(word), ...themes.map((t) => exact(facetToken('term', t)))];
}

/** Every filter and every word, without the district (each engine narrows to it its own way). */
function clausesOf(words: readonly string[], f: FilterChoice): Clause[] {
  return [
    ...(f.buurtIds === undefined ? [] : [f.buurtIds.map((b) => exact(facetToken('buurt', b)))]),
    ...(f.termIds ?? []).map((t) => [exact(facetToken('term', t))]),
    ...(f.free === true ? [[exact(facetToken('free', ''))]] : []),
    ...(f.accessible ?? []).map((a) => [exact(facetToken(a, ''))]),
    ...(f.types && f.types.length > 0 ? [f.types.map((t) => exact(facetToken('type', t)))] : []),
    ...words.map((w) => wordClause(w, f)),
  ];
}

/**
 * The ranking, in tiers found by the index (issue 16): first the entries whose name starts
 * with the first query word and holds every other one, then those whose name holds every
 * query word, then the rest; within a tier services, places, organisations, by name.
 */
export const RANK_TIERS = 3;

/**
 * The name's words as tokens of their own, so a tier is a lookup of words like any other
 * (both engines index them): `wp2n` before each, `wp2f` before the first (not `wp1`, the
 * filters' mark: `wp1free` would read as the name word "ree").
 */
const nameMarks = (nameStems: string): (readonly ['wp2n' | 'wp2f', string])[] => {
  const names = nameStems.split(' ').filter((s) => s !== '');
  return [...names.map((s) => ['wp2n', s] as const), ...names.slice(0, 1).map((s) => ['wp2f', s] as const)];
};

export const nameTokens = (nameStems: string): string[] => nameMarks(nameStems).map(([mark, stem]) => mark + stem);

/** A term's token as the index holds it, a name's word marked. */
const tokenOf = (t: Term, token = t.token) => `${t.name === 'first' ? 'wp2f' : t.name === 'any' ? 'wp2n' : ''}${token}`;

/** What a tier asks of the name: its first word, and every query word in it (tiers are only asked with words). */
function tierTerms(words: readonly string[]): { first: Clause; inName: Clause[] } {
  return { first: wordTerms(words[0] ?? '', 'first'), inName: words.map((w) => wordTerms(w, 'any')) };
}

// SQLite: FTS5 query syntax (tokens are only letters and digits, so quoting is enough).
const fts5Term = (t: Term) => `"${tokenOf(t)}"${t.prefix ? '*' : ''}`;
const fts5Clause = (c: Clause) => (c.length === 1 ? fts5Term(c[0] as Term) : `(${c.map(fts5Term).join(' OR ')})`);

/** FTS5 query: the district, every filter, and every word's stem as a prefix. */
export function sqliteMatch(words: readonly string[], f: FilterChoice = {}): string {
  const district = f.districtId === undefined ? [] : [[exact(districtToken(f.districtId))]];
  return [...district, ...clausesOf(words, f)].map(fts5Clause).join(' AND ');
}

/**
 * FTS5 query of one tier: the search and what the tier asks of the name's words. A tier of
 * names leaves out the query words themselves: the name is indexed among the entry's words
 * (index.rules.ts), so a name holding every word holds them, and their lists (every entry
 * that mentions the word) cost more to read than the names' (half the time at ten times the
 * bench city).
 */
export function sqliteTierMatch(words: readonly string[], f: FilterChoice, tier: number): string {
  const { first, inName } = tierTerms(words);
  const name = inName.map(fts5Clause).join(' AND ');
  if (tier === 2) return `${sqliteMatch(words, f)} NOT (${name})`;
  const filters = sqliteMatch([], f);
  const named = filters === '' ? name : `${filters} AND ${name}`;
  return tier === 0 ? `${named} AND ${fts5Clause(first)}` : `(${named}) NOT ${fts5Clause(first)}`;
}

/**
 * PostgreSQL: every lexeme of a row starts with its district's scope, so a word's posting
 * list in the GIN index holds only that district's entries and a search never intersects
 * it with the whole district's list. A hash keeps scopes of one length, so no district's
 * scope starts another's.
 */
export const districtScope = (districtId: string): string => `d${createHash('sha1').update(districtId).digest('hex').slice(0, 11)}`;

/** Where an entry's type puts it within a tier: services, places, organisations (migration 1030 writes the same in SQL). */
export const entryOrder = (entryType: string): number => (entryType === 'service' ? 0 : entryType === 'location' ? 1 : 2);

/** Prefixes of a word from this length to that are lexemes of their own in PostgreSQL's GIN index, as in SQLite's (migration 20261204_0100). */
const PREFIXES = { from: 2, to: 10 };

/**
 * The lexemes of a row for PostgreSQL, all under the district's scope: `doc` holds its
 * words and filter tokens and its name's words marked (`wp2n…`, the first also `wp2f…`),
 * and is what a row is checked against; `find` holds the same and every word's prefixes of
 * two to ten letters, for the GIN index, so a prefix is one lexeme to look up instead of a
 * merge of every word that starts so.
 */
export function postgresLexemes(districtId: string, words: string, nameStems: string): { doc: string[]; find: string[] } {
  const own = districtToken(districtId);
  const plain = words.split(' ').filter((w) => w !== '' && w !== own && !/^wp2[nf]/.test(w));
  const marked = nameMarks(nameStems);
  const scope = districtScope(districtId);
  const prefixes = (word: string) => {
    const list: string[] = [];
    for (let n = PREFIXES.from; n < Math.min(word.length, PREFIXES.to + 1); n++) list.push(word.slice(0, n));
    return list;
  };
  const doc = [...plain, ...marked.map(([m, s]) => m + s)];
  const find = [
    ...doc,
    ...plain.filter((w) => !/^wp[0-9]/.test(w)).flatMap(prefixes),
    ...marked.flatMap(([m, s]) => prefixes(s).map((p) => m + p)),
  ];
  return { doc: [...new Set(doc.map((t) => scope + t))], find: [...new Set(find.map((t) => scope + t))] };
}

/** A term in tsquery syntax, checked against a row's `doc`: a prefix matches as a prefix. */
const tsTerm = (scope: string) => (t: Term) => `'${scope}${tokenOf(t)}'${t.prefix ? ':*' : ''}`;

/**
 * tsquery of a search in some districts (one for the portal, all of them for the open data
 * API), of one tier when given, to check a row's `doc`. Empty when it asks nothing of the
 * words or filters.
 */
export function postgresQuery(words: readonly string[], f: FilterChoice, scopes: readonly string[], tier?: number): string {
  const clauses = clausesOf(words, f);
  if (clauses.length === 0) return '';
  const { first, inName } = tierTerms(words);
  const inScope = (scope: string) => {
    const term = tsTerm(scope);
    const clause = (c: Clause) => (c.length === 1 ? term(c[0] as Term) : `(${c.map(term).join(' | ')})`);
    const base = clauses.map(clause).join(' & ');
    const name = inName.map(clause).join(' & ');
    if (tier === 0) return `${base} & ${clause(first)} & ${name}`;
    if (tier === 1) return `${base} & ${name} & !${clause(first)}`;
    if (tier === 2) return `${base} & !(${name})`;
    return base;
  };
  return scopes.length === 1 ? inScope(scopes[0] ?? '') : scopes.map((s) => `(${inScope(s)})`).join(' | ');
}

/** What the GIN index over `find` is asked, in one district: lexemes it must hold all of, and lists it must hold one of. */
export interface Lookup {
  all: string[];
  anyOf: string[][];
  /** The index answers the whole search: nothing cut, left out or negated, so no row needs checking. */
  whole: boolean;
}

/**
 * The lookup in the GIN index over `find` (`@>` and `&&`, which it answers without reading
 * the rows): the search's positive terms, a prefix as its lexeme (longer than ten letters:
 * its first ten, the row's `doc` checks the rest). A term the index cannot answer (a prefix
 * of one letter, the tiers' "not") is left to the check. Empty: the index cannot help.
 */
export function postgresLookup(words: readonly string[], f: FilterChoice, scope: string, tier?: number): Lookup {
  const { first, inName } = tierTerms(words);
  const named = tier === 0 ? [first, ...inName] : tier === 1 ? inName : [];
  const lexeme = (t: Term): string | null => {
    if (t.prefix && t.token.length < PREFIXES.from) return null;
    return scope + tokenOf(t, t.prefix ? t.token.slice(0, PREFIXES.to) : t.token);
  };
  const lookup: Lookup = { all: [], anyOf: [], whole: tier === undefined || tier === 0 };
  for (const clause of [...clausesOf(words, f), ...named]) {
    if (clause.some((t) => t.prefix && t.token.length > PREFIXES.to)) lookup.whole = false;
    const lexemes = clause.map(lexeme);
    if (lexemes.some((l) => l === null)) {
      lookup.whole = false;
      continue;
    }
    if (lexemes.length === 1) lookup.all.push(lexemes[0] as string);
    else lookup.anyOf.push(lexemes as string[]);
  }
  return lookup;
}
