import { bumpVersion } from '../cache/data-versions.repository.ts';
import { versionedCache, type VersionedCache } from '../cache/versioned-cache.ts';
import { newId } from '../clock.ts';
import type { Db, DbOrTx } from '../db/schema.ts';

export interface District {
  id: string;
  slug: string;
  name: string;
  municipalityName: string;
}

export interface Buurt {
  id: string;
  districtId: string;
  slug: string;
  name: string;
}

function districtQuery(db: DbOrTx) {
  return db
    .selectFrom('districts')
    .innerJoin('municipalities', 'municipalities.id', 'districts.municipality_id')
    .select(['districts.id', 'districts.slug', 'districts.name', 'municipalities.name as municipalityName']);
}

export function listDistricts(db: DbOrTx): Promise<District[]> {
  return districtQuery(db).orderBy('municipalities.name').orderBy('districts.position').orderBy('districts.name').execute();
}

export function findDistrictBySlug(db: DbOrTx, slug: string): Promise<District | undefined> {
  return districtQuery(db).where('districts.slug', '=', slug).executeTakeFirst();
}

export function findDistrictById(db: DbOrTx, id: string): Promise<District | undefined> {
  return districtQuery(db).where('districts.id', '=', id).executeTakeFirst();
}

const buurtColumns = ['id', 'district_id as districtId', 'slug', 'name'] as const;

export function listBuurten(db: DbOrTx, districtId: string): Promise<Buurt[]> {
  return db.selectFrom('buurten').select(buurtColumns).where('district_id', '=', districtId).orderBy('position').orderBy('name').execute();
}

const buurtCaches = new WeakMap<Db, VersionedCache<Map<string, Buurt[]>>>();

/**
 * The buurten of a district for pages, kept in memory per data version (`districts`, bumped
 * by whoever adds districts or buurten), as the districts are. The list is shared: do not change it.
 */
export async function cachedBuurten(db: Db, districtId: string): Promise<readonly Buurt[]> {
  let cache = buurtCaches.get(db);
  if (cache === undefined) {
    cache = versionedCache(db, 'districts', async (d) => {
      const byDistrict = new Map<string, Buurt[]>();
      const all = await d.selectFrom('buurten').select(buurtColumns).orderBy('district_id').orderBy('position').orderBy('name').execute();
      for (const b of all) byDistrict.set(b.districtId, [...(byDistrict.get(b.districtId) ?? []), b]);
      return byDistrict;
    });
    buurtCaches.set(db, cache);
  }
  return (await cache.get()).get(districtId) ?? [];
}

export function findBuurt(db: DbOrTx, districtId: string, slug: string): Promise<Buurt | undefined> {
  return db.selectFrom('buurten').select(buurtColumns).where('district_id', '=', districtId).where('slug', '=', slug).executeTakeFirst();
}

export async function countDistricts(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('districts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Serialises writers that check a district-wide limit before they write (at most eight in
 * the steering group, say): on PostgreSQL this takes the district's row lock until the
 * transaction ends; SQLite has one writer at a time anyway.
 */
export async function lockDistrict(trx: DbOrTx, districtId: string): Promise<void> {
  await trx
    .updateTable('districts')
    .set((eb) => ({ position: eb.ref('position') }))
    .where('id', '=', districtId)
    .execute();
}

export async function insertMunicipality(db: DbOrTx, municipality: { slug: string; name: string }): Promise<string> {
  const id = newId();
  await db
    .insertInto('municipalities')
    .values({ id, ...municipality })
    .execute();
  return id;
}

export async function insertDistrict(
  db: DbOrTx,
  district: { municipalityId: string; slug: string; name: string; position: number },
): Promise<string> {
  const id = newId();
  const { municipalityId, ...rest } = district;
  await db
    .insertInto('districts')
    .values({ id, municipality_id: municipalityId, ...rest })
    .execute();
  await bumpVersion(db, 'districts');
  return id;
}

/** The buurten of a district, in the order given. */
export async function insertBuurten(db: DbOrTx, districtId: string, buurten: readonly { slug: string; name: string }[]): Promise<void> {
  if (buurten.length === 0) return;
  await db
    .insertInto('buurten')
    .values(buurten.map((b, position) => ({ id: newId(), district_id: districtId, slug: b.slug, name: b.name, position })))
    .execute();
  await bumpVersion(db, 'districts');
}
