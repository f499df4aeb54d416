import { sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { engineOf } from '../../../platform/db/migrator.ts';
import type { EntryType } from '../model/guide.model.ts';
import { postgresTsquery, sqliteMatch } from './search.rules.ts';
import { stemDutch } from './stemmer.rules.ts';

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
}

export interface SearchHit {
  entryId: string;
  entryType: EntryType;
  name: string;
  subtitle: string;
  summary: string;
}

function conditions(db: DbOrTx, f: SearchFilters): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [f.districtId === undefined ? sql<SqlBool>`1 = 1` : sql<SqlBool>`s.district_id = ${f.districtId}`];
  if (f.words.length > 0) {
    where.push(
      engineOf(db) === 'postgres'
        ? sql<SqlBool>`s.entry_id in (select w.entry_id from guide_search_words w where w.tsv @@ to_tsquery('dutch', ${postgresTsquery(f.words, f.districtId)}))`
        : sql<SqlBool>`s.entry_id in (select entry_id from guide_search_fts where guide_search_fts match ${sqliteMatch(f.words, f.districtId)})`,
    );
  }
  const facet = (name: string, values: readonly string[]) =>
    sql<SqlBool>`s.entry_id in (select f.entry_id from guide_search_facets f where ${f.districtId === undefined ? sql`1 = 1` : sql`f.district_id = ${f.districtId}`} and f.facet = ${name} and f.value in (${sql.join(values)}))`;
  if (f.buurtIds !== undefined) where.push(facet('buurt', f.buurtIds));
  for (const term of f.termIds ?? []) where.push(facet('term', [term]));
  if (f.free === true) where.push(sql<SqlBool>`s.is_free = 1`);
  for (const a of f.accessible ?? []) where.push(sql<SqlBool>`${sql.ref(`s.${a}_ok`)} = 1`);
  if (f.types && f.types.length > 0) where.push(sql<SqlBool>`s.entry_type in (${sql.join(f.types)})`);
  return where;
}

/** Relevance the same way on both engines: query stems at the start of words of the name count most. */
function rank(words: readonly string[]) {
  if (words.length === 0) return sql``;
  const inName = words.map((w) => sql`case when (' ' || s.name_norm) like ${`% ${stemDutch(w)}%`} then 2 else 0 end`);
  const first = sql`case when s.name_norm like ${`${stemDutch(words[0] ?? '')}%`} then 1 else 0 end`;
  return sql`(${sql.join([...inName, first], sql` + `)}) desc,`;
}

async function countOnly(db: DbOrTx, where: ReturnType<typeof sql.join>): Promise<number> {
  const row = (await sql<{ n: number }>`select count(*) as n from guide_search s where ${where}`.execute(db)).rows[0];
  return row?.n ?? 0;
}

/** Matching entries, best first, the same on SQLite and PostgreSQL; all of them when no limit is given. */
export async function searchEntries(db: DbOrTx, f: SearchFilters, page?: { limit: number; offset: number }) {
  const where = sql.join(conditions(db, f), sql` and `);
  const paging = page ? sql`limit ${page.limit} offset ${page.offset}` : sql``;
  // The total comes with the page (a window count), so the matches are found and ranked once.
  const hits = await sql<{ entry_id: string; entry_type: EntryType; name: string; subtitle: string; summary: string; total: number }>`
    select s.entry_id, s.entry_type, s.name, s.subtitle, s.summary, count(*) over () as total from guide_search s where ${where}
    order by ${rank(f.words)}
      case s.entry_type when 'service' then 0 when 'location' then 1 else 2 end,
      s.name_norm, s.entry_id ${paging}`.execute(db);
  const first = hits.rows[0];
  const count = first ? first.total : page && page.offset > 0 ? await countOnly(db, where) : 0;
  return {
    total: count,
    hits: hits.rows.map((r): SearchHit => ({
      entryId: r.entry_id,
      entryType: r.entry_type,
      name: r.name,
      subtitle: r.subtitle,
      summary: r.summary,
    })),
  };
}
