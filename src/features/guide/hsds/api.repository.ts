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

/** One page of offers by name, of one district or all, of one organisation or with one term when asked. */
export async function servicePage(
  db: DbOrTx,
  filter: { districtId?: string; organizationId?: string; termId?: string },
  paging: Paging,
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('services');
  if (filter.districtId) base = base.where('district_id', '=', filter.districtId);
  if (filter.organizationId) base = base.where('organization_id', '=', filter.organizationId);
  if (filter.termId)
    base = base.where('id', 'in', db.selectFrom('service_terms').select('service_id').where('term_id', '=', filter.termId));
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base.select('id').orderBy('name').orderBy('id').limit(paging.limit).offset(paging.offset).execute();
  return { ids: rows.map((r) => r.id), total };
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

/** One page of organisations by name, of one district or all. */
export async function organizationPage(db: DbOrTx, districtId: string | undefined, paging: Paging) {
  let base = db.selectFrom('organizations');
  if (districtId) base = base.where('district_id', '=', districtId);
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base.selectAll().orderBy('name').orderBy('id').limit(paging.limit).offset(paging.offset).execute();
  return { organizations: rows.map(toOrganization), total };
}

/** One page of where offers are held, of one district or all. */
export async function serviceAtLocationPage(db: DbOrTx, districtId: string | undefined, paging: Paging) {
  let base = db.selectFrom('service_at_locations as sal').innerJoin('services as s', 's.id', 'sal.service_id');
  if (districtId) base = base.where('s.district_id', '=', districtId);
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await base
    .select(['sal.id', 'sal.service_id', 'sal.location_id', 'sal.description'])
    .orderBy('sal.id')
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const held: ServiceAtLocation[] = rows.map((r) => ({
    id: r.id,
    serviceId: r.service_id,
    locationId: r.location_id,
    description: r.description,
  }));
  return { held, total };
}
