import { sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { engineOf } from '../../../platform/db/migrator.ts';
import type { EntryType } from '../model/guide.model.ts';
import { postgresTierQuery, postgresTsquery, RANK_TIERS, sqliteMatch, sqliteTierMatch, type WordThemes } from './search.rules.ts';

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

const postgres = (db: DbOrTx) => engineOf(db) === 'postgres';
const ORDER = sql`(case s.entry_type when 'service' then 0 when 'location' then 1 else 2 end)`;

const hasFilters = (f: SearchFilters) =>
  f.buurtIds !== undefined ||
  (f.termIds ?? []).length > 0 ||
  f.free === true ||
  (f.accessible ?? []).length > 0 ||
  (f.types ?? []).length > 0;

const sqliteMatchOf = (f: SearchFilters, tier: number | undefined) =>
  tier === undefined ? sqliteMatch(f.words, f) : sqliteTierMatch(f.words, f, tier);

/**
 * SQLite: one FTS5 query holds the words and every filter (their tokens are in the index)
 * and answers integer keys; `guide_search_keys` holds what orders the results under them.
 * Few matches are ordered as they are; many are found by reading the district's keys in
 * result order from their index (`walk`, the FTS5 query hidden from the planner as a way
 * in), checking each against the matches and stopping when the page is full.
 */
function sqliteKeysInOrder(f: SearchFilters, tier: number | undefined, limit: number | null, walk: boolean) {
  const where: Expression<SqlBool>[] = f.districtId === undefined ? [] : [sql<SqlBool>`k.district_id = ${f.districtId}`];
  if (f.words.length > 0 || hasFilters(f))
    where.push(
      sql<SqlBool>`${walk ? sql`+k.seq` : sql`k.seq`} in (select rowid from guide_search_fts where guide_search_fts match ${sqliteMatchOf(f, tier)})`,
    );
  return sql`select k.entry_id, k.district_id, k.ord, k.name_norm from guide_search_keys k
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by ${f.districtId === undefined ? sql`` : sql`k.district_id, `}k.ord, k.name_norm, k.entry_id ${limit === null ? sql`` : sql`limit ${limit}`}`;
}

/**
 * PostgreSQL: the words by the GIN index, the name's tier beside them. A word that is an
 * everyday word of a theme matches by itself or by the theme's facet.
 */
function postgresWords(f: SearchFilters, tier: number | undefined): Expression<SqlBool> {
  const themed = new Map((f.wordThemes ?? []).map((x) => [x.word, x.termIds]));
  const plain = f.words.filter((w) => !themed.has(w));
  const where: Expression<SqlBool>[] = [];
  if (plain.length > 0 || f.districtId !== undefined)
    where.push(sql<SqlBool>`w.tsv @@ to_tsquery('dutch', ${postgresTsquery(plain, f.districtId)})`);
  for (const [word, termIds] of themed)
    where.push(
      sql<SqlBool>`(w.tsv @@ to_tsquery('dutch', ${postgresTsquery([word])}) or w.entry_id in (select t.entry_id from guide_search_facets t where t.facet = 'term' and t.value in (${sql.join(termIds)})))`,
    );
  if (tier !== undefined) where.push(sql<SqlBool>`w.name_tsv @@ to_tsquery('simple', ${postgresTierQuery(f.words, tier)})`);
  return sql<SqlBool>`s.entry_id in (select w.entry_id from guide_search_words w where ${sql.join(where, sql` and `)})`;
}

/** PostgreSQL: the words by the GIN index (the tier by the name's), the filters as conditions beside them. */
function postgresConditions(f: SearchFilters, tier: number | undefined): Expression<SqlBool> {
  const where: Expression<SqlBool>[] = [f.districtId === undefined ? sql<SqlBool>`1 = 1` : sql<SqlBool>`s.district_id = ${f.districtId}`];
  if (f.words.length > 0) where.push(postgresWords(f, tier));
  const facet = (name: string, values: readonly string[]) =>
    sql<SqlBool>`s.entry_id in (select f.entry_id from guide_search_facets f where ${f.districtId === undefined ? sql`1 = 1` : sql`f.district_id = ${f.districtId}`} and f.facet = ${name} and f.value in (${sql.join(values)}))`;
  if (f.buurtIds !== undefined) where.push(facet('buurt', f.buurtIds));
  for (const term of f.termIds ?? []) where.push(facet('term', [term]));
  if (f.free === true) where.push(sql<SqlBool>`s.is_free = 1`);
  for (const a of f.accessible ?? []) where.push(sql<SqlBool>`${sql.ref(`s.${a}_ok`)} = 1`);
  if (f.types && f.types.length > 0) where.push(sql<SqlBool>`s.entry_type in (${sql.join(f.types)})`);
  return sql.join(where, sql` and `);
}

type Row = { entry_id: string; entry_type: EntryType; name: string; subtitle: string; summary: string };

/** How many entries meet the conditions, counting no further than the cap (and one more). */
async function cappedCount(db: DbOrTx, f: SearchFilters, tier: number | undefined): Promise<number> {
  // On SQLite, FTS5 counts its own matches when there is a district: its token is in the query.
  const ftsOnly = f.districtId !== undefined && (f.words.length > 0 || hasFilters(f));
  const inner = postgres(db)
    ? sql`select 1 from guide_search s where ${postgresConditions(f, tier)}`
    : ftsOnly
      ? sql`select rowid from guide_search_fts where guide_search_fts match ${sqliteMatchOf(f, tier)}`
      : sqliteKeysInOrder(f, tier, null, false);
  const row = (await sql<{ n: number | string }>`select count(*) as n from (${inner} limit ${COUNT_CAP + 1}) c`.execute(db)).rows[0];
  return Number(row?.n ?? 0);
}

/** The first entries of one tier in result order; `walk` when it has so many that reading the index in order is cheaper. */
async function inOrder(db: DbOrTx, f: SearchFilters, tier: number | undefined, limit: number | null, walk: boolean) {
  const columns = sql`s.entry_id, s.entry_type, s.name, s.subtitle, s.summary`;
  const query = postgres(db)
    ? sql<Row>`select ${columns} from guide_search s where ${postgresConditions(f, tier)}
      order by ${f.districtId === undefined ? sql`` : sql`s.district_id, `}${ORDER}, s.name_norm, s.entry_id ${limit === null ? sql`` : sql`limit ${limit}`}`
    : sql<Row>`select ${columns} from (${sqliteKeysInOrder(f, tier, limit, walk)}) k join guide_search s on s.entry_id = k.entry_id
      order by k.ord, k.name_norm, k.entry_id`;
  return (await query.execute(db)).rows;
}

const hitOf = (r: Row): SearchHit => ({
  entryId: r.entry_id,
  entryType: r.entry_type,
  name: r.name,
  subtitle: r.subtitle,
  summary: r.summary,
});

/**
 * Matching entries, best first, the same on SQLite and PostgreSQL. With a page, the cost
 * follows the page: the matches are counted once up to the cap (the tiers split them, so
 * their sum is the same), and the tiers are read in order only until the page is full —
 * mostly the first tier alone. A tier is counted only to choose how to read it when the
 * matches pass the cap. `total` stops at the cap and `more` says there are more. Without a
 * page: all of them.
 */
export async function searchEntries(
  db: DbOrTx,
  f: SearchFilters,
  page?: { limit: number; offset: number },
): Promise<{ total: number; more: boolean; hits: SearchHit[] }> {
  const tiers = f.words.length > 0 ? Array.from({ length: RANK_TIERS }, (_, i) => i) : [undefined];
  if (page === undefined) {
    const rows = (await Promise.all(tiers.map((tier) => inOrder(db, f, tier, null, false)))).flat();
    return { total: rows.length, more: false, hits: rows.map(hitOf) };
  }
  const want = Math.min(page.offset + page.limit, COUNT_CAP);
  const counted = await cappedCount(db, f, undefined);
  const many = counted > COUNT_CAP && f.districtId !== undefined;
  const rows: Row[] = [];
  for (const tier of counted === 0 ? [] : tiers) {
    if (rows.length >= want) break;
    const walk = many && (tier === undefined || (await cappedCount(db, f, tier)) > COUNT_CAP);
    rows.push(...(await inOrder(db, f, tier, want - rows.length, walk)));
  }
  return { total: Math.min(counted, COUNT_CAP), more: counted > COUNT_CAP, hits: rows.slice(page.offset).map(hitOf) };
}
