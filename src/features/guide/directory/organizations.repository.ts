import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { reindexAround } from '../search/index.repository.ts';
import type { OrganizationKind } from '../guide.tables.ts';

/** @public */
export interface OrganizationRef {
  id: string;
  name: string;
  kind: string;
}

/**
 * Finds an organisation of a district by its name, or adds it. Features that seed
 * organisations named in the seeds (pact signatories, partners) use this, so one
 * organisation is one row whichever feature names it first; a new one is searchable at once.
 */
export async function findOrCreateOrganization(
  db: DbOrTx,
  org: { districtId: string; name: string; kind: OrganizationKind; description?: string; at: string; by?: string | null },
): Promise<string> {
  const existing = await db
    .selectFrom('organizations')
    .select('id')
    .where('district_id', '=', org.districtId)
    .where('name', '=', org.name)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await db
    .insertInto('organizations')
    .values({
      id,
      district_id: org.districtId,
      name: org.name,
      alternate_name: null,
      kind: org.kind,
      description: org.description ?? '',
      email: null,
      website: null,
      last_verified_at: null,
      last_verified_by: null,
      created_at: org.at,
      updated_at: org.at,
      updated_by: org.by ?? null,
    })
    .execute();
  await reindexAround(db, org.districtId, { organizationIds: [id] });
  return id;
}

/** @public */
export function organizationsOfDistrict(db: DbOrTx, districtId: string): Promise<OrganizationRef[]> {
  return db.selectFrom('organizations').select(['id', 'name', 'kind']).where('district_id', '=', districtId).orderBy('name').execute();
}

/**
 * Finds a location of a district by its name, or adds it (as a meeting place when asked).
 * Used for the venues and places that the seeds name, whichever feature names them first.
 */
export async function findOrCreateLocation(
  db: DbOrTx,
  place: { districtId: string; name: string; organizationId?: string | null; isMeetingPlace: boolean; at: string },
): Promise<string> {
  const existing = await db
    .selectFrom('locations')
    .select('id')
    .where('district_id', '=', place.districtId)
    .where('name', '=', place.name)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await db
    .insertInto('locations')
    .values({
      id,
      district_id: place.districtId,
      organization_id: place.organizationId ?? null,
      name: place.name,
      description: '',
      street_address: null,
      postal_code: null,
      city: 'Utrecht',
      buurt_id: null,
      latitude: null,
      longitude: null,
      is_meeting_place: place.isMeetingPlace ? 1 : 0,
      last_verified_at: null,
      last_verified_by: null,
      created_at: place.at,
      updated_at: place.at,
      updated_by: null,
    })
    .execute();
  await reindexAround(db, place.districtId, { locationIds: [id] });
  return id;
}

/** The places of a district by name, for choosing where a service is held. */
export function locationsOfDistrict(db: DbOrTx, districtId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('locations').select(['id', 'name']).where('district_id', '=', districtId).orderBy('name').execute();
}

/** Names of organisations by id, for features that hold an organisation's id. */
export async function organizationNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of places by id. */
export async function locationNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether the organisation is one of this district's. */
export async function isOrganizationOf(db: DbOrTx, districtId: string, organizationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', organizationId)
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return row !== undefined;
}

/** @public How to reach an organisation of the district: for pointing a resident to it. */
export interface OrganizationDetails {
  id: string;
  name: string;
  kind: string;
  description: string;
  email: string | null;
  website: string | null;
}

export function organizationDetailsOfDistrict(db: DbOrTx, districtId: string, kind?: OrganizationKind): Promise<OrganizationDetails[]> {
  let query = db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'description', 'email', 'website'])
    .where('district_id', '=', districtId)
    .orderBy('name');
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.execute();
}

/** @public A place of the district with its address. */
export interface PlaceDetails {
  id: string;
  name: string;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  isMeetingPlace: boolean;
}

export async function placesOfDistrict(db: DbOrTx, districtId: string, only?: { meetingPlaces: true }): Promise<PlaceDetails[]> {
  let query = db
    .selectFrom('locations')
    .select(['id', 'name', 'street_address', 'postal_code', 'city', 'is_meeting_place'])
    .where('district_id', '=', districtId)
    .orderBy('name');
  if (only?.meetingPlaces === true) query = query.where('is_meeting_place', '=', 1);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    streetAddress: r.street_address,
    postalCode: r.postal_code,
    city: r.city,
    isMeetingPlace: r.is_meeting_place === 1,
  }));
}

/** Whether the place is a meeting place of this district. */
export async function isMeetingPlaceOf(db: DbOrTx, districtId: string, locationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('locations')
    .select('id')
    .where('id', '=', locationId)
    .where('district_id', '=', districtId)
    .where('is_meeting_place', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}
