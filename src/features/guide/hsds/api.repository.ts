import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Organization, Service, ServiceAtLocation } from '../model/guide.model.ts';
import { toOrganization, toService } from '../model/rows.ts';

interface Paging {
  limit: number;
  offset: number;
}

/** The district an organisation or an offer belongs to, if it exists. */
export async function districtOfEntry(db: DbOrTx, table: 'organizations' | 'services', id: string): Promise<string | undefined> {
  return (await db.selectFrom(table).select('district_id').where('id', '=', id).executeTakeFirst())?.district_id;
}

/** Which offers an API list shows: of one district, one organisation, changed since, with terms, among ids. */
export interface ServiceFilter {
  districtId?: string | undefined;
  organizationId?: string | undefined;
  /** Each set: the offer has at least one of these terms (a term, or every term of a taxonomy). */
  termSets?: readonly (readonly string[])[];
  /** An ISO instant: changed on or after it. */
  modifiedAfter?: string | undefined;
  ids?: readonly string[];
}

function filteredServices(db: DbOrTx, filter: ServiceFilter) {
  let base = db.selectFrom('services');
  if (filter.districtId) base = base.where('district_id', '=', filter.districtId);
  if (filter.organizationId) base = base.where('organization_id', '=', filter.organizationId);
  if (filter.modifiedAfter) base = base.where('updated_at', '>=', filter.modifiedAfter);
  if (filter.ids) base = filter.ids.length === 0 ? base.where(sql<boolean>`1 = 0`) : base.where('id', 'in', filter.ids);
  for (const terms of filter.termSets ?? [])
    base =
      terms.length === 0
        ? base.where(sql<boolean>`1 = 0`)
        : base.where('id', 'in', db.selectFrom('service_terms').select('service_id').where('term_id', 'in', terms));
  return base;
}

/** One page of offers by name, as filtered. */
export async function servicePage(db: DbOrTx, filter: ServiceFilter, paging: Paging): Promise<{ ids: string[]; total: number }> {
  const base = filteredServices(db, filter);
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base.select('id').orderBy('name').orderBy('id').limit(paging.limit).offset(paging.offset).execute();
  return { ids: rows.map((r) => r.id), total };
}

/** Just the id and the moment of the last change of each offer (HSDS `minimal`). */
export async function serviceChanges(db: DbOrTx, ids: readonly string[]): Promise<{ id: string; last_modified: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('services').select(['id', 'updated_at']).where('id', 'in', ids).execute();
  return rows.map((r) => ({ id: r.id, last_modified: r.updated_at }));
}

/** Offers by id, with their organisations (without what hangs off them: the list of the API shows no more). */
export async function servicesWithOrganizations(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ services: Service[]; organizations: Organization[] }> {
  if (ids.length === 0) return { services: [], organizations: [] };
  const services = (await db.selectFrom('services').selectAll().where('id', 'in', ids).execute()).map(toService);
  const orgIds = [...new Set(services.map((s) => s.organizationId))];
  const organizations = (await db.selectFrom('organizations').selectAll().where('id', 'in', orgIds).execute()).map(toOrganization);
  return { services, organizations };
}

/** One page of organisations by name, of one district or all, among ids when given. */
export async function organizationPage(db: DbOrTx, filter: { districtId?: string | undefined; ids?: readonly string[] }, paging: Paging) {
  let base = db.selectFrom('organizations');
  if (filter.districtId) base = base.where('district_id', '=', filter.districtId);
  if (filter.ids) base = filter.ids.length === 0 ? base.where(sql<boolean>`1 = 0`) : base.where('id', 'in', filter.ids);
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base.selectAll().orderBy('name').orderBy('id').limit(paging.limit).offset(paging.offset).execute();
  return { organizations: rows.map(toOrganization), total };
}

/** One page of where offers are held, of the offers the filter lets through. */
export async function serviceAtLocationPage(db: DbOrTx, filter: ServiceFilter, paging: Paging) {
  let base = db.selectFrom('service_at_locations as sal').where('sal.service_id', 'in', filteredServices(db, filter).select('id'));
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  base = base.orderBy('sal.id').limit(paging.limit).offset(paging.offset);
  const rows = await base.select(['sal.id', 'sal.service_id', 'sal.location_id', 'sal.description']).execute();
  return { held: rows.map(toServiceAtLocation), total };
}

/** One place where an offer is held, and the district of its offer. */
export async function findServiceAtLocation(db: DbOrTx, id: string) {
  const row = await db
    .selectFrom('service_at_locations as sal')
    .innerJoin('services as s', 's.id', 'sal.service_id')
    .select(['sal.id', 'sal.service_id', 'sal.location_id', 'sal.description', 's.district_id'])
    .where('sal.id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : { held: toServiceAtLocation(row), districtId: row.district_id };
}

function toServiceAtLocation(r: { id: string; service_id: string; location_id: string; description: string }): ServiceAtLocation {
  return { id: r.id, serviceId: r.service_id, locationId: r.location_id, description: r.description };
}
