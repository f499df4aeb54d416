import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { engineOf } from '../../../platform/db/migrator.ts';
import { listDistricts } from '../../../platform/geography/geography.repository.ts';
import type { EntryType } from '../model/guide.model.ts';
import { districtScope, RANK_TIERS, sqliteMatch, type WordThemes } from './match.rules.ts';
import { hasFilters, keysInOrder, keysWhere, postgresWalk, type Asked } from './search-keys.repository.ts';

export interface SearchFilters {
  /** Leave out to search every district (the open data API does). */
  districtId?: string;
  words: string[];
  /** Facet values to match: a buurt id, '*' for the whole district. */
  buurtIds?: string[];
  termIds?: string[];
  free?: boolean;
  accessible?: ('physical' | 'financial' | 'welcome')[];
  types?: EntryType[];
  /** Query words that may also match by theme: everyday words (issue 10.4). */
  wordThemes?: WordThemes[];
}

export interface SearchHit {
  entryId: string;
  entryType: EntryType;
  name: string;
  subtitle: string;
  summary: string;
}

/** Counts stop here: a page says "more than 1,000" rather than counting every match. */
const COUNT_CAP = 1000;

/** A search as each engine asks it: PostgreSQL's scopes are found once per search. */
async function ask(db: DbOrTx, f: SearchFilters): Promise<Asked> {
  if (engineOf(db) !== 'postgres') return { f, scopes: null };
  const ids = f.districtId !== undefined ? [f.districtId] : (await listDistricts(db)).map((d) => d.id);
  return { f, scopes: ids.map(districtScope) };
}

type Row = { entry_id: string; entry_type: EntryType; name: string; subtitle: string; summary: string };

/** How many entries meet the conditions, counting no further than the cap (and one more). */
async function cappedCount(db: DbOrTx, a: Asked): Promise<number> {
  const { f } = a;
  // On SQLite, FTS5 counts its own matches when there is a district: its token is in the query.
  const ftsOnly = a.scopes === null && f.districtId !== undefined && (f.words.length > 0 || hasFilters(f));
  const where = ftsOnly ? [] : keysWhere(a);
  const inner = ftsOnly
    ? sql`select rowid from guide_search_fts where guide_search_fts match ${sqliteMatch(f.words, f)}`
    : sql`select 1 from guide_search_keys k ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}`;
  const row = (await sql<{ n: number | string }>`select count(*) as n from (${inner} limit ${COUNT_CAP + 1}) c`.execute(db)).rows[0];
  return Number(row?.n ?? 0);
}

const columns = sql`s.entry_id, s.entry_type, s.name, s.subtitle, s.summary`;

/** The first entries of one tier (every match when none) in result order, found by the index and sorted. */
const inOrder = (db: DbOrTx, a: Asked, tier: number | undefined, limit: number | null): Promise<Row[]> =>
  rowsOf(db, keysInOrder(a, tier, limit, false));

/** The entries of some keys, in the keys' order. */
async function rowsOf(db: DbOrTx, keys: ReturnType<typeof keysInOrder>): Promise<Row[]> {
  const query = sql<Row>`select ${columns} from (${keys}) k join guide_search s on s.entry_id = k.entry_id order by k.ord, k.name_norm, k.entry_id`;
  return (await query.execute(db)).rows;
}

/** The first of every match of a district in result order, read by walking the district's keys in that order. */
async function walked(db: DbOrTx, a: Asked, districtId: string, limit: number): Promise<Row[]> {
  if (a.scopes === null) return rowsOf(db, keysInOrder(a, undefined, limit, true));
  const ids = await postgresWalk(db, a, districtId, limit);
  if (ids.length === 0) return [];
  const rows = (await sql<Row>`select ${columns} from guide_search s where s.entry_id in (${sql.join(ids)})`.execute(db)).rows;
  const at = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((x, y) => (at.get(x.entry_id) ?? 0) - (at.get(y.entry_id) ?? 0));
}

const hitOf = (r: Row): SearchHit => ({
  entryId: r.entry_id,
  entryType: r.entry_type,
  name: r.name,
  subtitle: r.subtitle,
  summary: r.summary,
});

/** The ranking tiers of a search with words; without, one read of all. */
const tiersOf = (f: Asked['f']): (number | undefined)[] =>
  f.words.length > 0 ? Array.from({ length: RANK_TIERS }, (_, i) => i) : [undefined];

/**
 * The tiers read in order until the page holds `want`. The rest (the last tier, or all when
 * there are no words) is spread over the district: when it is most of many matches, it is
 * walked, as every match less those of the tiers before it (read whole, as they ended
 * short), which is cheaper to ask than "not in the name". A tier of names is read by the
 * index: its matches share a first word, so they sit together in name order, and a walk
 * from the district's start would read most of it.
 */
async function readTiers(db: DbOrTx, a: Asked, counted: number, want: number, first: Row[] | null): Promise<Row[]> {
  const district = counted > COUNT_CAP ? a.f.districtId : undefined;
  const rows: Row[] = [];
  for (const tier of counted === 0 ? [] : tiersOf(a.f)) {
    if (rows.length >= want) break;
    const rest = tier === undefined || tier === RANK_TIERS - 1;
    if (district !== undefined && rest && counted - rows.length > COUNT_CAP / 2) {
      const seen = new Set(rows.map((r) => r.entry_id));
      rows.push(...(await walked(db, a, district, want)).filter((r) => !seen.has(r.entry_id)).slice(0, want - rows.length));
    } else rows.push(...(tier === 0 && first !== null ? first : await inOrder(db, a, tier, want - rows.length)));
  }
  return rows;
}

/**
 * Matching entries, best first, the same on SQLite and PostgreSQL. With a page, the cost
 * follows the page: the matches are counted once up to the cap (the tiers split them, so
 * their sum is the same), and the tiers are read in order only until the page is full —
 * mostly the first tier alone, asked beside the count (PostgreSQL answers both on two
 * connections at once). `total` stops at the cap and `more` says there are more. Without a
 * page: all of them.
 */
export async function searchEntries(
  db: DbOrTx,
  f: SearchFilters,
  page?: { limit: number; offset: number },
): Promise<{ total: number; more: boolean; hits: SearchHit[] }> {
  const a = await ask(db, f);
  if (page === undefined) {
    const rows = (await Promise.all(tiersOf(f).map((tier) => inOrder(db, a, tier, null)))).flat();
    return { total: rows.length, more: false, hits: rows.map(hitOf) };
  }
  const want = Math.min(page.offset + page.limit, COUNT_CAP);
  const [counted, first] = await Promise.all([cappedCount(db, a), f.words.length > 0 ? inOrder(db, a, 0, want) : null]);
  const rows = await readTiers(db, a, counted, want, first);
  return { total: Math.min(counted, COUNT_CAP), more: counted > COUNT_CAP, hits: rows.slice(page.offset).map(hitOf) };
}
