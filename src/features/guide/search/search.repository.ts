import { sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { engineOf } from '../../../platform/db/migrator.ts';
import type { EntryType, OwnedSchedule } from '../model/guide.model.ts';
import { listTerms, loadDataset, toSchedule } from '../model/dataset.repository.ts';
import { indexRows, type IndexRow } from './index.rules.ts';
import { postgresTsquery, sqliteMatch, stemDutch } from './search.rules.ts';

const CHUNK = 400;

async function deleteRows(db: DbOrTx, entryIds: readonly string[]): Promise<void> {
  for (let i = 0; i < entryIds.length; i += CHUNK) {
    const chunk = entryIds.slice(i, i + CHUNK);
    await db.deleteFrom('guide_search_facets').where('entry_id', 'in', chunk).execute();
    await db.deleteFrom('guide_search_words').where('entry_id', 'in', chunk).execute();
    await db.deleteFrom('guide_search').where('entry_id', 'in', chunk).execute();
  }
}

async function insertRows(db: DbOrTx, rows: readonly IndexRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db
      .insertInto('guide_search')
      .values(
        chunk.map((r) => ({
          entry_id: r.entryId,
          entry_type: r.entryType,
          district_id: r.districtId,
          name: r.name,
          name_norm: r.nameNorm,
          subtitle: r.subtitle,
          summary: r.summary,
          is_free: r.isFree ? 1 : 0,
          physical_ok: r.physicalOk ? 1 : 0,
          financial_ok: r.financialOk ? 1 : 0,
          welcome_ok: r.welcomeOk ? 1 : 0,
        })),
      )
      .execute();
    await db
      .insertInto('guide_search_words')
      .values(
        chunk.map((r) => ({
          entry_id: r.entryId,
          search_text: `${r.districtToken} ${r.searchText}`,
          stems: `${r.districtToken} ${r.stems}`,
        })),
      )
      .execute();
    const facets = chunk.flatMap((r) => [
      ...r.buurten.map((value) => ({ entry_id: r.entryId, district_id: r.districtId, facet: 'buurt', value })),
      ...r.terms.map((value) => ({ entry_id: r.entryId, district_id: r.districtId, facet: 'term', value })),
    ]);
    for (let j = 0; j < facets.length; j += CHUNK)
      await db
        .insertInto('guide_search_facets')
        .values(facets.slice(j, j + CHUNK))
        .execute();
  }
}

async function indexContext(db: DbOrTx, districtId: string) {
  const terms = new Map((await listTerms(db)).map((t) => [t.id, t]));
  const buurten = await db.selectFrom('buurten').select(['id', 'name']).where('district_id', '=', districtId).execute();
  return { terms, buurtNames: new Map(buurten.map((b) => [b.id, b.name])) };
}

/** Rebuilds the index of a whole district (after an import, the demo data or a bulk load). */
export async function reindexDistrict(db: DbOrTx, districtId: string): Promise<void> {
  const existing = await db.selectFrom('guide_search').select('entry_id').where('district_id', '=', districtId).execute();
  await deleteRows(
    db,
    existing.map((r) => r.entry_id),
  );
  await insertRows(db, indexRows(await loadDataset(db, { districtId }), await indexContext(db, districtId)));
}

/**
 * Rebuilds the rows of some organisations and places after a change, with everything whose
 * row depends on them: the organisations' services and places, and the services held there.
 */
export async function reindexAround(db: DbOrTx, districtId: string, around: { organizationIds?: string[]; locationIds?: string[] }) {
  const givenLocations = around.locationIds ?? [];
  const orgIds = new Set(around.organizationIds ?? []);
  if (givenLocations.length > 0) {
    const owners = await db.selectFrom('locations').select('organization_id').where('id', 'in', givenLocations).execute();
    const held = await db
      .selectFrom('service_at_locations')
      .innerJoin('services', 'services.id', 'service_at_locations.service_id')
      .select('services.organization_id')
      .where('service_at_locations.location_id', 'in', givenLocations)
      .execute();
    for (const r of [...owners, ...held]) if (r.organization_id !== null) orgIds.add(r.organization_id);
  }
  const organizationIds = [...orgIds];
  const ofOrgs = organizationIds.length === 0 ? [] : await locationIdsOf(db, organizationIds);
  const locationIds = [...new Set([...givenLocations, ...ofOrgs])];
  const data = await loadDataset(db, { districtId, organizationIds, locationIds });
  const complete = new Set([
    ...organizationIds,
    ...locationIds,
    ...data.services.filter((s) => orgIds.has(s.organizationId)).map((s) => s.id),
  ]);
  const rows = indexRows(data, await indexContext(db, districtId)).filter((r) => complete.has(r.entryId));
  await deleteRows(db, [...complete]);
  await insertRows(db, rows);
}

async function locationIdsOf(db: DbOrTx, organizationIds: string[]): Promise<string[]> {
  const own = await db.selectFrom('locations').select('id').where('organization_id', 'in', organizationIds).execute();
  const used = await db
    .selectFrom('service_at_locations')
    .innerJoin('services', 'services.id', 'service_at_locations.service_id')
    .select('service_at_locations.location_id as id')
    .where('services.organization_id', 'in', organizationIds)
    .execute();
  return [...own, ...used].map((r) => r.id);
}

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

function scheduleRows(db: DbOrTx, column: 'service_id' | 'location_id' | 'service_at_location_id', ids: readonly string[]) {
  return ids.length === 0 ? Promise.resolve([]) : db.selectFrom('schedules').selectAll().where(column, 'in', ids).execute();
}

/** What hangs under the organisations among the hits: their services and places. */
async function partsOf(db: DbOrTx, orgIds: readonly string[]) {
  if (orgIds.length === 0) return { services: [], places: [] };
  return {
    services: await db.selectFrom('services').select(['id', 'organization_id']).where('organization_id', 'in', orgIds).execute(),
    places: await db.selectFrom('locations').select(['id', 'organization_id']).where('organization_id', 'in', orgIds).execute(),
  };
}

/** The schedules that say when an entry is open: its own, those of its places, of its services. */
export async function schedulesForEntries(db: DbOrTx, hits: readonly SearchHit[]): Promise<Map<string, OwnedSchedule[]>> {
  const ids = (type: EntryType) => hits.filter((h) => h.entryType === type).map((h) => h.entryId);
  const parts = await partsOf(db, ids('organization'));
  const serviceIds = [...ids('service'), ...parts.services.map((s) => s.id)];
  const locationIds = [...ids('location'), ...parts.places.map((l) => l.id)];
  const sals = serviceIds.length
    ? await db.selectFrom('service_at_locations').select(['id', 'service_id']).where('service_id', 'in', serviceIds).execute()
    : [];
  const rows = (
    await Promise.all([
      scheduleRows(db, 'service_id', serviceIds),
      scheduleRows(db, 'location_id', locationIds),
      scheduleRows(
        db,
        'service_at_location_id',
        sals.map((x) => x.id),
      ),
    ])
  )
    .flat()
    .map(toSchedule);
  const salService = new Map(sals.map((x) => [x.id, x.service_id]));
  const orgOf = new Map<string, string>(
    [...parts.services, ...parts.places].flatMap((p) =>
      p.organization_id === null ? [] : [[p.id, p.organization_id] as [string, string]],
    ),
  );
  const result = new Map<string, OwnedSchedule[]>();
  for (const s of rows) {
    const owner = s.serviceId ?? s.locationId ?? salService.get(s.serviceAtLocationId ?? '');
    if (owner === undefined) continue;
    for (const key of [owner, orgOf.get(owner)]) if (key !== undefined) result.set(key, [...(result.get(key) ?? []), s]);
  }
  return result;
}
