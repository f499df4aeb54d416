/**
 * How each engine finds the keys of a search (issue 16): by its full-text index, or by
 * walking a district in result order and checking each row, which costs what the page
 * shows when the matches are many.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { EntryType } from '../model/guide.model.ts';
import { postgresLookup, postgresQuery, sqliteMatch, sqliteTierMatch, type FilterChoice } from './match.rules.ts';

/** What a search asks: its words and filters, and on PostgreSQL the scopes of its districts. */
export interface Asked {
  f: FilterChoice & { words: readonly string[]; types?: readonly EntryType[] };
  /** null on SQLite. */
  scopes: string[] | null;
}

/** One key of the result order. */
interface Key {
  entry_id: string;
  ord: number;
  name_norm: string;
}

export const hasFilters = (f: Asked['f']) =>
  f.buurtIds !== undefined ||
  (f.termIds ?? []).length > 0 ||
  f.free === true ||
  (f.accessible ?? []).length > 0 ||
  (f.types ?? []).length > 0;

const sqliteMatchOf = (f: Asked['f'], tier: number | undefined) =>
  tier === undefined ? sqliteMatch(f.words, f) : sqliteTierMatch(f.words, f, tier);

/**
 * SQLite: one FTS5 query holds the words and every filter (their tokens are in the index)
 * and answers integer keys; `guide_search_keys` holds what orders the results under them.
 * Walking, the FTS5 query is hidden from the planner as a way in (`+k.seq`), so the keys
 * are read from their index in result order, each checked against the matches.
 */
function sqliteWhere(f: Asked['f'], tier: number | undefined, walk: boolean): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = f.districtId === undefined ? [] : [sql<SqlBool>`k.district_id = ${f.districtId}`];
  if (f.words.length > 0 || hasFilters(f))
    where.push(
      sql<SqlBool>`${walk ? sql`+k.seq` : sql`k.seq`} in (select rowid from guide_search_fts where guide_search_fts match ${sqliteMatchOf(f, tier)})`,
    );
  return where;
}

/**
 * PostgreSQL: the GIN index over `find` finds the rows that hold the search's lexemes
 * (`@>`, `&&`: answered from the index alone, no row read to recheck them), and the row's
 * small `doc` is checked against the whole search (prefixes, the tiers' "not"). The
 * lexemes are scoped to the district, so no district condition is needed beside them (it
 * would make the planner intersect the district's whole list). Nothing asked: the district.
 */
function postgresWhere(a: Asked, tier: number | undefined): Expression<SqlBool>[] {
  const query = postgresQuery(a.f.words, a.f, a.scopes ?? [], tier);
  const district = a.f.districtId === undefined ? [] : [sql<SqlBool>`k.district_id = ${a.f.districtId}`];
  if (query === '') return district;
  const lookups = (a.scopes ?? []).map((scope) => postgresLookup(a.f.words, a.f, scope, tier));
  // The lexemes come from a sub-select, which the planner cannot see into: from `find`'s
  // statistics it knows a word's lexeme is in thousands of rows and, to count up to the cap,
  // would read the table and test each row's `find`, which is stored out of line (28 ms at
  // ten times the bench city, against 3 ms from the GIN index). Unseen, it takes a small
  // share and asks the index.
  const conditions = lookups.map(({ all, anyOf }) => [
    ...(all.length > 0 ? [sql<SqlBool>`k.find @> (select ${all}::text[])`] : []),
    ...anyOf.map((list) => sql<SqlBool>`k.find && (select ${list}::text[])`),
  ]);
  const check = sql<SqlBool>`k.doc @@ ${query}::tsquery`;
  if (conditions.some((l) => l.length === 0)) return [...district, check];
  const found = conditions.map((l) => sql<SqlBool>`(${sql.join(l, sql` and `)})`);
  const index = found.length === 1 ? (found[0] as Expression<SqlBool>) : sql<SqlBool>`(${sql.join(found, sql` or `)})`;
  return lookups.every((l) => l.whole) ? [index] : [index, check];
}

/** The conditions of the keys that meet the search (every tier), found by the index. */
export const keysWhere = (a: Asked): Expression<SqlBool>[] =>
  a.scopes === null ? sqliteWhere(a.f, undefined, false) : postgresWhere(a, undefined);

/**
 * The keys of one tier (every match when none) in result order, as far as the limit: by the
 * index and sorted, or (`walk`, SQLite) from the district's keys in order. PostgreSQL
 * walks with `postgresWalk`; its sort key `k.ord + 0` keeps the planner off the btree.
 */
export function keysInOrder(a: Asked, tier: number | undefined, limit: number | null, walk: boolean) {
  const where = a.scopes === null ? sqliteWhere(a.f, tier, walk) : postgresWhere(a, tier);
  const ord = a.scopes === null ? sql`k.ord` : sql`k.ord + 0`;
  return sql<Key>`select k.entry_id, k.ord, k.name_norm from guide_search_keys k
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by ${a.f.districtId === undefined ? sql`` : sql`k.district_id, `}${ord}, k.name_norm, k.entry_id ${limit === null ? sql`` : sql`limit ${limit}`}`;
}

/**
 * PostgreSQL walks a district in result order a slice at a time: the slice's limit keeps
 * the planner on the btree (it cannot estimate the tsquery it checks, and would scan and
 * sort the district instead). Each row of a slice is checked against the tsquery; the next
 * slice is sized by the hits of those before, so a dense tier takes one or two slices.
 */
export async function postgresWalk(db: DbOrTx, a: Asked, districtId: string, want: number): Promise<string[]> {
  const query = postgresQuery(a.f.words, a.f, a.scopes ?? []);
  const found: string[] = [];
  let after: Key | null = null;
  let size = want * 4;
  let read = 0;
  for (;;) {
    const from: Key | null = after;
    type Sliced = Key & { last: boolean; n: number | string };
    const rows: Sliced[] = (
      await sql<Sliced>`with slice as materialized (
        select k.entry_id, k.ord, k.name_norm, ${query === '' ? sql`true` : sql`k.doc @@ ${query}::tsquery`} as hit
        from guide_search_keys k where k.district_id = ${districtId}
        ${from === null ? sql`` : sql`and (k.district_id, k.ord, k.name_norm, k.entry_id) > (${districtId}, ${from.ord}, ${from.name_norm}, ${from.entry_id})`}
        order by k.district_id, k.ord, k.name_norm, k.entry_id limit ${size})
      (select entry_id, ord, name_norm, false as last, 0 as n from slice where hit order by ord, name_norm, entry_id)
      union all (select entry_id, ord, name_norm, true, (select count(*) from slice) from slice order by ord desc, name_norm desc, entry_id desc limit 1)`.execute(
        db,
      )
    ).rows;
    const hits = rows.filter((r) => !r.last);
    found.push(...hits.map((r) => r.entry_id));
    const last: Sliced | undefined = rows.find((r) => r.last);
    read += size;
    if (found.length >= want || last === undefined || Number(last.n) < size) return found.slice(0, want);
    after = last;
    // As many rows again as the hits so far say the rest of the page needs, with a margin.
    size = Math.min(20_000, Math.max(want, Math.ceil(((want - found.length) * read * 1.25) / Math.max(found.length, 1))));
  }
}
