import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Dataset, Service } from './guide.model.ts';
import { toContact, toLocation, toOrganization, toPhone, toSchedule, toService } from './rows.ts';

/** Which part of a district to load: all of it, or what belongs to some organisations or places. */
export interface Scope {
  districtId: string;
  organizationIds?: readonly string[];
  locationIds?: readonly string[];
  serviceIds?: readonly string[];
}

const none = ['-'];

async function servicesIn(db: DbOrTx, scope: Scope): Promise<Service[]> {
  let query = db.selectFrom('services').selectAll().where('district_id', '=', scope.districtId);
  const { organizationIds, locationIds, serviceIds } = scope;
  if (organizationIds || locationIds || serviceIds) {
    query = query.where((eb) =>
      eb.or([
        eb('organization_id', 'in', organizationIds?.length ? organizationIds : none),
        eb('id', 'in', serviceIds?.length ? serviceIds : none),
        eb(
          'id',
          'in',
          eb
            .selectFrom('service_at_locations')
            .select('service_id')
            .where('location_id', 'in', locationIds?.length ? locationIds : none),
        ),
      ]),
    );
  }
  const services = (await query.orderBy('name').orderBy('id').execute()).map(toService);
  await attachServiceLinks(db, services);
  return services;
}

async function attachServiceLinks(db: DbOrTx, services: Service[]): Promise<void> {
  const byId = new Map(services.map((s) => [s.id, s]));
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const r of await db.selectFrom('service_terms').selectAll().where('service_id', 'in', chunk).orderBy('term_id').execute())
      byId.get(r.service_id)?.termIds.push(r.term_id);
    for (const r of await db.selectFrom('service_buurten').selectAll().where('service_id', 'in', chunk).orderBy('buurt_id').execute())
      byId.get(r.service_id)?.buurtIds.push(r.buurt_id);
    for (const r of await db.selectFrom('service_languages').selectAll().where('service_id', 'in', chunk).orderBy('code').execute())
      byId.get(r.service_id)?.languages.push(r.code);
  }
}

function inChunks<T>(ids: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 5000) chunks.push(ids.slice(i, i + 5000));
  return Promise.all(chunks.map(load)).then((parts) => parts.flat());
}

/** The entries of a district, or of a part of it, with everything that hangs off them. */
export async function loadDataset(db: DbOrTx, scope: Scope): Promise<Dataset> {
  const whole = !scope.organizationIds && !scope.locationIds && !scope.serviceIds;
  const services = await servicesIn(db, scope);
  const serviceIds = services.map((s) => s.id);
  const serviceAtLocations = await inChunks(serviceIds, (chunk) =>
    db.selectFrom('service_at_locations').selectAll().where('service_id', 'in', chunk).orderBy('id').execute(),
  ).then((rows) => rows.map((r) => ({ id: r.id, serviceId: r.service_id, locationId: r.location_id, description: r.description })));
  const locationIds = [...new Set([...(scope.locationIds ?? []), ...serviceAtLocations.map((s) => s.locationId)])];
  let locationQuery = db.selectFrom('locations').selectAll().where('district_id', '=', scope.districtId);
  if (!whole) {
    const orgIds = scope.organizationIds?.length ? scope.organizationIds : none;
    locationQuery = locationQuery.where((eb) =>
      eb.or([eb('organization_id', 'in', orgIds), eb('id', 'in', locationIds.length ? locationIds : none)]),
    );
  }
  const locations = (await locationQuery.orderBy('name').orderBy('id').execute()).map(toLocation);
  const orgIds = [
    ...new Set([
      ...(scope.organizationIds ?? []),
      ...services.map((s) => s.organizationId),
      ...locations.flatMap((l) => l.organizationId ?? []),
    ]),
  ];
  let orgQuery = db.selectFrom('organizations').selectAll().where('district_id', '=', scope.districtId);
  if (!whole) orgQuery = orgQuery.where('id', 'in', orgIds.length ? orgIds : none);
  const organizations = (await orgQuery.orderBy('name').orderBy('id').execute()).map(toOrganization);
  const ownOrgIds = organizations.map((o) => o.id);
  const contacts = await inChunks(ownOrgIds, (chunk) =>
    db.selectFrom('contacts').selectAll().where('organization_id', 'in', chunk).orderBy('name').orderBy('id').execute(),
  ).then((rows) => rows.map(toContact));
  const salIds = serviceAtLocations.map((s) => s.id);
  const allLocationIds = locations.map((l) => l.id);
  const schedules = (
    await Promise.all([
      inChunks(serviceIds, (c) => db.selectFrom('schedules').selectAll().where('service_id', 'in', c).execute()),
      inChunks(allLocationIds, (c) => db.selectFrom('schedules').selectAll().where('location_id', 'in', c).execute()),
      inChunks(salIds, (c) => db.selectFrom('schedules').selectAll().where('service_at_location_id', 'in', c).execute()),
    ])
  )
    .flat()
    .map(toSchedule)
    .sort((a, b) => a.id.localeCompare(b.id));
  const phones = (
    await Promise.all([
      inChunks(ownOrgIds, (c) => db.selectFrom('phones').selectAll().where('organization_id', 'in', c).execute()),
      inChunks(serviceIds, (c) => db.selectFrom('phones').selectAll().where('service_id', 'in', c).execute()),
      inChunks(allLocationIds, (c) => db.selectFrom('phones').selectAll().where('location_id', 'in', c).execute()),
    ])
  )
    .flat()
    .map(toPhone)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { organizations, locations, contacts, services, serviceAtLocations, schedules, phones };
}
