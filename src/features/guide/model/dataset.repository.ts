import type { Selectable } from 'kysely';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import type { Contact, Dataset, Location, Organization, OwnedSchedule, Phone, Service, Term } from './guide.model.ts';
import type { ScheduleKind } from './schedule.rules.ts';
import { taxonomyCodeOf } from './taxonomy.ts';

type Row<T extends keyof Tables> = Selectable<Tables[T]>;

const stamps = (r: {
  last_verified_at: string | null;
  last_verified_by: string | null;
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}) => ({
  lastVerifiedAt: r.last_verified_at,
  lastVerifiedBy: r.last_verified_by,
  remindedAt: r.reminded_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toOrganization = (r: Row<'organizations'>): Organization => ({
  id: r.id,
  districtId: r.district_id,
  name: r.name,
  alternateName: r.alternate_name,
  kind: r.kind,
  description: r.description,
  email: r.email,
  website: r.website,
  ...stamps(r),
});

const toLocation = (r: Row<'locations'>): Location => ({
  id: r.id,
  districtId: r.district_id,
  organizationId: r.organization_id,
  name: r.name,
  description: r.description,
  streetAddress: r.street_address,
  postalCode: r.postal_code,
  city: r.city,
  buurtId: r.buurt_id,
  latitude: r.latitude,
  longitude: r.longitude,
  isMeetingPlace: r.is_meeting_place === 1,
  transportation: r.transportation,
  accessibilityDescription: r.accessibility_description,
  assessment:
    r.assessed_on === null
      ? null
      : { on: r.assessed_on, physical: r.assessed_physical ?? 0, financial: r.assessed_financial ?? 0, welcome: r.assessed_welcome ?? 0 },
  ...stamps(r),
});

const toContact = (r: Row<'contacts'>): Contact => ({
  id: r.id,
  organizationId: r.organization_id,
  locationId: r.location_id,
  buurtId: r.buurt_id,
  name: r.name,
  title: r.title,
  contactFor: r.contact_for,
  email: r.email,
  phone: r.phone,
});

export const toService = (r: Row<'services'>): Service => ({
  id: r.id,
  organizationId: r.organization_id,
  districtId: r.district_id,
  name: r.name,
  alternateName: r.alternate_name,
  description: r.description,
  url: r.url,
  email: r.email,
  status: r.status === 'inactive' ? 'inactive' : 'active',
  isInformal: r.is_informal === 1,
  costKind: r.cost_kind === 'amount' || r.cost_kind === 'ask' ? r.cost_kind : 'free',
  costCents: r.cost_cents,
  costDescription: r.cost_description,
  eligibilityDescription: r.eligibility_description,
  applicationProcess: r.application_process,
  termIds: [],
  buurtIds: [],
  languages: [],
  ...stamps(r),
});

export const toSchedule = (r: Row<'schedules'>): OwnedSchedule => ({
  id: r.id,
  serviceId: r.service_id,
  locationId: r.location_id,
  serviceAtLocationId: r.service_at_location_id,
  kind: r.kind as ScheduleKind,
  freq: r.freq === 'WEEKLY' || r.freq === 'MONTHLY' ? r.freq : null,
  interval: r.interval,
  byday: r.byday,
  opensAt: r.opens_at,
  closesAt: r.closes_at,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  exception: r.exception === 'closed' || r.exception === 'changed' ? r.exception : 'none',
  description: r.description,
});

const toPhone = (r: Row<'phones'>): Phone => ({
  id: r.id,
  organizationId: r.organization_id,
  serviceId: r.service_id,
  locationId: r.location_id,
  number: r.number,
  description: r.description,
});

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

/** Every taxonomy term, with the code of its taxonomy, in the taxonomy's order. */
export async function listTerms(db: DbOrTx): Promise<Term[]> {
  const rows = await db.selectFrom('taxonomy_terms').selectAll().orderBy('taxonomy_id').orderBy('position').execute();
  return rows.flatMap((r) => {
    const taxonomyCode = taxonomyCodeOf(r.taxonomy_id);
    return taxonomyCode === undefined
      ? []
      : [{ id: r.id, taxonomyId: r.taxonomy_id, taxonomyCode, parentId: r.parent_id, code: r.code, name: r.name }];
  });
}
