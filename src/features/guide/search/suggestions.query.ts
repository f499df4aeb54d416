/**
 * What a search runs, and what the page offers when it finds nothing (issue 10.4, 10.5):
 * which one filter to drop, with what that finds, and the same search in the buurten next door.
 */
import { versionsCache } from '../../../platform/cache/versions-cache.ts';
import type { Db } from '../../../platform/db/schema.ts';
import type { Feature } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { parseForm } from '../../../platform/http/forms.ts';
import { isOpenAt } from '../model/schedule.rules.ts';
import { ENTRIES_VERSION } from '../model/version.repository.ts';
import { schedulesForEntries } from './open-now.repository.ts';
import { filtersOf, type Vocabulary } from './search.filters.ts';
import { searchEntries, type SearchFilters, type SearchHit } from './search.repository.ts';
import { singleWords } from './search.rules.ts';
import { searchQuery } from './search.schema.ts';

/** Results per page of the guide's search. */
export const PAGE_SIZE = 20;

type SearchResult = Awaited<ReturnType<typeof searchEntries>>;

// The same searches come again and again (the theme links of the start page and the kiosk,
// the popular words, the page after), and their results change only with the guide's entries
// (and "open now" with the minute): kept per data version, the 500 used last.
const kept = versionsCache<SearchResult>([ENTRIES_VERSION], { limit: 500 });

/** Searches, with "open now" decided by the schedule rules in Amsterdam time. Shared result: do not change it. */
export function runSearch(db: Db, filters: SearchFilters, openNow: Date | null, page: number): Promise<SearchResult> {
  const minute = openNow === null ? '' : String(Math.floor(openNow.getTime() / 60_000));
  return kept(db, JSON.stringify([filters, page, openNow !== null]), () => searchNow(db, filters, openNow, page), minute);
}

async function searchNow(db: Db, filters: SearchFilters, openNow: Date | null, page: number): Promise<SearchResult> {
  const paging = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  if (openNow === null) return searchEntries(db, filters, paging);
  const all = await searchEntries(db, filters);
  const schedules = await schedulesForEntries(db, all.hits);
  const open: SearchHit[] = all.hits.filter((h) => isOpenAt(schedules.get(h.entryId) ?? [], openNow));
  return { total: open.length, more: false, hits: open.slice(paging.offset, paging.offset + paging.limit) };
}

/** The query string of a search as typed, without its page number. */
export function baseQuery(values: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (key === 'pagina' || value === '') continue;
    for (const v of key === 'toegankelijk' ? value.split(',') : [value]) params.append(key, v);
  }
  return params.toString();
}

/** The filters a search that found nothing could drop, in the order a person would give them up. */
const droppable = ['open', 'gratis', 'toegankelijk', 'soort', 'voorwie', 'thema', 'buurt', 'q'] as const;

export interface Suggestion {
  filter: string;
  count: number;
  query: string;
  /** Set when the suggestion is one of the typed words alone. */
  word?: string;
}

/** A search as typed (raw query values), or null when it is not a valid one. */
async function searchOf(db: Db, district: District, vocab: Vocabulary, raw: Record<string, unknown>, now: Date) {
  const parsed = parseForm(searchQuery, raw);
  if (!parsed.ok) return null;
  const { filters, errors } = filtersOf(district, parsed.data, vocab);
  if (Object.keys(errors).length > 0) return null;
  const result = await runSearch(db, filters, parsed.data.open === 'nu' ? now : null, 1);
  return { result, query: baseQuery(parsed.values) };
}

/**
 * For a search that found nothing: per filter in use, how many it finds without that one
 * filter (only those that then find something), so the page can say which filter to drop;
 * and for words typed as a sentence, each word alone ("eenzaam" of "ik voel me eenzaam").
 */
export async function withoutOneFilter(db: Db, district: District, vocab: Vocabulary, raw: Record<string, unknown>, now: Date) {
  const search = (values: Record<string, unknown>) => searchOf(db, district, vocab, values, now);
  const rest = (drop: string) => Object.fromEntries(Object.entries(raw).filter(([key]) => key !== drop && key !== 'pagina'));
  const q = typeof raw.q === 'string' ? raw.q : '';
  const tries: { filter: string; raw: Record<string, unknown>; word?: string }[] = [
    ...droppable.filter((f) => f in raw).map((filter) => ({ filter, raw: rest(filter) })),
    ...singleWords(q).map((word) => ({ filter: 'q', word, raw: { ...rest('q'), q: word } })),
  ];
  const found = await suggestionsOf(search, tries);
  // Several filters and none alone is the one to drop: offer the words without any filter.
  if (found.length > 0 || droppable.filter((f) => f !== 'q' && f in raw).length < 2) return found;
  return suggestionsOf(search, [{ filter: 'all', raw: q === '' ? {} : { q } }]);
}

/** The tries that find something, with how many. */
async function suggestionsOf(
  search: (values: Record<string, unknown>) => ReturnType<typeof searchOf>,
  tries: readonly { filter: string; raw: Record<string, unknown>; word?: string }[],
): Promise<Suggestion[]> {
  const found: Suggestion[] = [];
  for (const t of tries) {
    const result = await search(t.raw);
    if (result === null || result.result.total === 0) continue;
    found.push({ filter: t.filter, count: result.result.total, query: result.query, ...(t.word === undefined ? {} : { word: t.word }) });
  }
  return found;
}

/** The same search in a neighbouring buurt: how many, and the first few. */
export interface NearMatch {
  buurt: string;
  count: number;
  query: string;
  hits: SearchHit[];
}

const NEAR_HITS = 3;

/**
 * For a search in one buurt that found nothing: the same search in each buurt that borders
 * it (as neighbour help keeps them), those that find something. No borders known: nothing
 * here, and "drop the buurt" (the whole district) is the suggestion.
 */
export async function nearMatches(db: Db, features: readonly Feature[], search: NearSearch): Promise<NearMatch[]> {
  const { district, vocab, raw, now } = search;
  const buurt = vocab.buurten.find((b) => b.slug === raw.buurt);
  if (buurt === undefined) return [];
  const ids = new Set((await Promise.all(features.map((f) => f.buurtNeighbours?.(db, buurt.id) ?? Promise.resolve([])))).flat());
  const found: NearMatch[] = [];
  for (const near of vocab.buurten.filter((b) => ids.has(b.id))) {
    const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'pagina'));
    const found1 = await searchOf(db, district, vocab, { ...rest, buurt: near.slug }, now);
    if (found1 === null || found1.result.total === 0) continue;
    found.push({ buurt: near.name, count: found1.result.total, query: found1.query, hits: found1.result.hits.slice(0, NEAR_HITS) });
  }
  return found;
}

interface NearSearch {
  district: District;
  vocab: Vocabulary;
  raw: Record<string, unknown>;
  now: Date;
}
