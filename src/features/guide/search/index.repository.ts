/** The search index: one row per findable entry, rebuilt in the transaction of every change. */
import { sql } from 'kysely';
import { engineOf } from '../../../platform/db/migrator.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { listTerms } from '../model/terms.repository.ts';
import { markEntriesChanged } from '../model/version.repository.ts';
import { indexRows, type IndexRow } from './index.rules.ts';
import { entryOrder, filterTokens, nameTokens, postgresLexemes } from './match.rules.ts';

const CHUNK = 400;

async function deleteRows(db: DbOrTx, entryIds: readonly string[]): Promise<void> {
  for (let i = 0; i < entryIds.length; i += CHUNK) {
    const chunk = entryIds.slice(i, i + CHUNK);
    await db.deleteFrom('guide_search_facets').where('entry_id', 'in', chunk).execute();
    await db.deleteFrom('guide_search_words').where('entry_id', 'in', chunk).execute();
    await db.deleteFrom('guide_search').where('entry_id', 'in', chunk).execute();
  }
}

/** PostgreSQL’s slim row per entry: what orders the results, and its scoped lexemes (migration 20261205_0100). SQLite's triggers keep its own. */
async function insertKeys(db: DbOrTx, rows: readonly IndexRow[]): Promise<void> {
  const values = rows.map((r) => {
    const { doc, find } = postgresLexemes(r.districtId, `${filterTokens(r)} ${r.stems}`, r.nameStems);
    return sql`(${r.entryId}, ${r.districtId}, ${entryOrder(r.entryType)}, ${r.nameNorm}, array_to_tsvector(${doc}::text[]), ${find}::text[])`;
  });
  await sql`insert into guide_search_keys (entry_id, district_id, ord, name_norm, doc, find) values ${sql.join(values)}`.execute(db);
}

export async function insertRows(db: DbOrTx, rows: readonly IndexRow[]): Promise<void> {
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
          stems: [r.districtToken, filterTokens(r), r.stems, ...nameTokens(r.nameStems)].join(' '),
          name_stems: r.nameStems,
        })),
      )
      .execute();
    if (engineOf(db) === 'postgres') await insertKeys(db, chunk);
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
  const buurten = await listBuurten(db, districtId);
  return { terms, buurtNames: new Map(buurten.map((b) => [b.id, b.name])) };
}

/**
 * SQLite's FTS5 index grows as several b-trees (segments), one more per writing transaction
 * until it merges some. A prefix its prefix index does not hold (longer than ten letters, as
 * the tiers' name tokens often are) is looked up in every segment: at ten times the bench
 * city ten segments made a search's p95 about 24 ms, one segment 8 ms. After a rebuild the
 * index is merged into one ("optimize": about 8 s at that size, within the import).
 */
async function mergeIndex(db: DbOrTx): Promise<void> {
  if (engineOf(db) === 'sqlite') await sql`insert into guide_search_fts (guide_search_fts) values ('optimize')`.execute(db);
}

/** Rebuilds the index of a whole district (after an import, the demo data or a bulk load). */
export async function reindexDistrict(db: DbOrTx, districtId: string): Promise<void> {
  const existing = await db.selectFrom('guide_search').select('entry_id').where('district_id', '=', districtId).execute();
  await deleteRows(
    db,
    existing.map((r) => r.entry_id),
  );
  await insertRows(db, indexRows(await loadDataset(db, { districtId }), await indexContext(db, districtId)));
  await mergeIndex(db);
  await markEntriesChanged(db);
}

/** Which organisation holds which service at which place. */
function held(db: DbOrTx) {
  return db
    .selectFrom('service_at_locations')
    .innerJoin('services', 'services.id', 'service_at_locations.service_id')
    .select(['services.organization_id', 'service_at_locations.location_id']);
}

/** The organisations of some places: their owners and those who hold services there. */
async function organizationsAt(db: DbOrTx, locationIds: string[]): Promise<(string | null)[]> {
  if (locationIds.length === 0) return [];
  const owners = await db.selectFrom('locations').select('organization_id').where('id', 'in', locationIds).execute();
  const holders = await held(db).where('service_at_locations.location_id', 'in', locationIds).execute();
  return [...owners, ...holders].map((r) => r.organization_id);
}

/** The places of some organisations: their own and those where they hold services. */
async function locationIdsOf(db: DbOrTx, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const own = await db.selectFrom('locations').select('id').where('organization_id', 'in', organizationIds).execute();
  const used = await held(db).where('services.organization_id', 'in', organizationIds).execute();
  return [...own.map((r) => r.id), ...used.map((r) => r.location_id)];
}

/**
 * Rebuilds the rows of some organisations and places after a change, with everything whose
 * row depends on them: the organisations' services and places, and the services held there.
 */
export async function reindexAround(db: DbOrTx, districtId: string, around: { organizationIds?: string[]; locationIds?: string[] }) {
  const givenLocations = around.locationIds ?? [];
  const orgIds = new Set(around.organizationIds ?? []);
  for (const id of await organizationsAt(db, givenLocations)) if (id !== null) orgIds.add(id);
  const organizationIds = [...orgIds];
  const locationIds = [...new Set([...givenLocations, ...(await locationIdsOf(db, organizationIds))])];
  const data = await loadDataset(db, { districtId, organizationIds, locationIds });
  const complete = new Set([
    ...organizationIds,
    ...locationIds,
    ...data.services.filter((s) => orgIds.has(s.organizationId)).map((s) => s.id),
  ]);
  const rows = indexRows(data, await indexContext(db, districtId)).filter((r) => complete.has(r.entryId));
  await deleteRows(db, [...complete]);
  await insertRows(db, rows);
  await markEntriesChanged(db);
}
