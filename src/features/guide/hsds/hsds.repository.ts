import type { DbOrTx } from '../../../platform/db/schema.ts';
import { recordChange, type Actor } from '../model/history.repository.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import type { Contact, Dataset, Location, Organization, OwnedSchedule, Phone, Service } from '../model/guide.model.ts';
import { toHsdsLocation, toHsdsOrganization, toHsdsService, type HsdsContext } from './hsds.mapping.ts';
import { reindexDistrict } from '../search/search.repository.ts';

const scheduleRow = (s: OwnedSchedule) => ({
  id: s.id,
  service_id: s.serviceId,
  location_id: s.locationId,
  service_at_location_id: s.serviceAtLocationId,
  kind: s.kind,
  freq: s.freq,
  interval: s.interval,
  byday: s.byday,
  opens_at: s.opensAt,
  closes_at: s.closesAt,
  valid_from: s.validFrom,
  valid_to: s.validTo,
  exception: s.exception,
  description: s.description,
});

const phoneRow = (p: Phone) => ({
  id: p.id,
  organization_id: p.organizationId,
  service_id: p.serviceId,
  location_id: p.locationId,
  number: p.number,
  description: p.description,
});

const contactRow = (c: Contact, at: string) => ({
  id: c.id,
  organization_id: c.organizationId,
  location_id: c.locationId,
  buurt_id: c.buurtId,
  name: c.name,
  title: c.title,
  contact_for: c.contactFor,
  email: c.email,
  phone: c.phone,
  user_id: null,
  created_at: at,
  updated_at: at,
  updated_by: null,
});

async function upsert(
  db: DbOrTx,
  table: 'organizations' | 'locations' | 'services',
  id: string,
  row: Record<string, unknown>,
  insertOnly: Record<string, unknown>,
) {
  const exists = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (exists) await db.updateTable(table).set(row).where('id', '=', id).execute();
  else
    await db
      .insertInto(table)
      .values({ id, ...row, ...insertOnly } as never)
      .execute();
}

async function writeOrganization(db: DbOrTx, o: Organization, data: Dataset, actor: Actor) {
  const row = {
    district_id: o.districtId,
    name: o.name,
    alternate_name: o.alternateName,
    kind: o.kind,
    description: o.description,
    email: o.email,
    website: o.website,
    last_verified_at: o.lastVerifiedAt,
    last_verified_by: null,
    updated_at: o.updatedAt,
    updated_by: actor.userId,
  };
  await upsert(db, 'organizations', o.id, row, { created_at: o.createdAt });
  await db.deleteFrom('phones').where('organization_id', '=', o.id).execute();
  const phones = data.phones.filter((p) => p.organizationId === o.id).map(phoneRow);
  if (phones.length) await db.insertInto('phones').values(phones).execute();
}

/** Contact persons are added or updated, never removed by an import: other features refer to them. */
async function writeContacts(db: DbOrTx, organizationId: string, data: Dataset, actor: Actor) {
  for (const c of data.contacts.filter((x) => x.organizationId === organizationId)) {
    const row = contactRow(c, actor.at);
    const fields = {
      organization_id: row.organization_id,
      location_id: row.location_id,
      buurt_id: row.buurt_id,
      name: row.name,
      title: row.title,
      contact_for: row.contact_for,
      email: row.email,
      phone: row.phone,
    };
    const id = row.id;
    const existing = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
    if (existing === undefined) await db.insertInto('contacts').values(row).execute();
    else if (Object.entries(fields).some(([key, value]) => existing[key as keyof typeof existing] !== value)) {
      await db
        .updateTable('contacts')
        .set({ ...fields, updated_at: actor.at, updated_by: actor.userId })
        .where('id', '=', id)
        .execute();
    }
  }
}

async function writeLocation(db: DbOrTx, l: Location, data: Dataset, actor: Actor) {
  const row = {
    district_id: l.districtId,
    organization_id: l.organizationId,
    name: l.name,
    description: l.description,
    street_address: l.streetAddress,
    postal_code: l.postalCode,
    city: l.city,
    buurt_id: l.buurtId,
    latitude: l.latitude,
    longitude: l.longitude,
    is_meeting_place: l.isMeetingPlace ? 1 : 0,
    transportation: l.transportation,
    accessibility_description: l.accessibilityDescription,
    last_verified_at: l.lastVerifiedAt,
    last_verified_by: null,
    updated_at: l.updatedAt,
    updated_by: actor.userId,
  };
  await upsert(db, 'locations', l.id, row, { created_at: l.createdAt });
  await db.deleteFrom('phones').where('location_id', '=', l.id).execute();
  await db.deleteFrom('schedules').where('location_id', '=', l.id).execute();
  const phones = data.phones.filter((p) => p.locationId === l.id).map(phoneRow);
  const schedules = data.schedules.filter((s) => s.locationId === l.id).map(scheduleRow);
  if (phones.length) await db.insertInto('phones').values(phones).execute();
  if (schedules.length) await db.insertInto('schedules').values(schedules).execute();
}

async function writeService(db: DbOrTx, s: Service, data: Dataset, actor: Actor) {
  const row = {
    organization_id: s.organizationId,
    district_id: s.districtId,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    is_informal: s.isInformal ? 1 : 0,
    cost_kind: s.costKind,
    cost_cents: s.costCents,
    cost_description: s.costDescription,
    eligibility_description: s.eligibilityDescription,
    application_process: s.applicationProcess,
    last_verified_at: s.lastVerifiedAt,
    last_verified_by: null,
    updated_at: s.updatedAt,
    updated_by: actor.userId,
  };
  await upsert(db, 'services', s.id, row, { created_at: s.createdAt, reminded_at: null });
  for (const table of ['service_terms', 'service_buurten', 'service_languages', 'phones', 'schedules', 'service_at_locations'] as const)
    await db.deleteFrom(table).where('service_id', '=', s.id).execute();
  if (s.termIds.length)
    await db
      .insertInto('service_terms')
      .values(s.termIds.map((term_id) => ({ service_id: s.id, term_id })))
      .execute();
  if (s.buurtIds.length)
    await db
      .insertInto('service_buurten')
      .values(s.buurtIds.map((buurt_id) => ({ service_id: s.id, buurt_id })))
      .execute();
  if (s.languages.length)
    await db
      .insertInto('service_languages')
      .values(s.languages.map((code) => ({ service_id: s.id, code })))
      .execute();
  const phones = data.phones.filter((p) => p.serviceId === s.id).map(phoneRow);
  if (phones.length) await db.insertInto('phones').values(phones).execute();
  const sals = data.serviceAtLocations.filter((x) => x.serviceId === s.id);
  if (sals.length)
    await db
      .insertInto('service_at_locations')
      .values(sals.map((x) => ({ id: x.id, service_id: s.id, location_id: x.locationId, description: x.description })))
      .execute();
  const salIds = new Set(sals.map((x) => x.id));
  const schedules = data.schedules.filter((x) => x.serviceId === s.id || salIds.has(x.serviceAtLocationId ?? '')).map(scheduleRow);
  if (schedules.length) await db.insertInto('schedules').values(schedules).execute();
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes a checked import: what is new is added, what differs is replaced by the file, what
 * is the same is left alone, so importing the same file twice changes nothing the second time.
 */
export async function applyImport(
  db: DbOrTx,
  districtId: string,
  incoming: Dataset,
  ctx: HsdsContext,
  actor: Actor,
): Promise<ImportOutcome> {
  const before = await loadDataset(db, {
    districtId,
    organizationIds: incoming.organizations.map((o) => o.id),
    serviceIds: incoming.services.map((s) => s.id),
    locationIds: incoming.locations.map((l) => l.id),
  });
  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0 };
  const step = async <T extends { id: string }>(
    type: 'organization' | 'location' | 'service',
    items: T[],
    old: T[],
    asHsds: (item: T, data: Dataset) => unknown,
    write: (item: T) => Promise<void>,
  ) => {
    for (const item of items) {
      const previous = old.find((o) => o.id === item.id);
      if (previous && JSON.stringify(asHsds(previous, before)) === JSON.stringify(asHsds(item, incoming))) {
        outcome.unchanged++;
        continue;
      }
      await write(item);
      outcome[previous ? 'updated' : 'created']++;
      await recordChange(db, { districtId, entryType: type, entryId: item.id, action: 'imported' }, actor);
    }
  };
  await step(
    'organization',
    incoming.organizations,
    before.organizations,
    (o, d) => toHsdsOrganization(o, d, ctx),
    (o) => writeOrganization(db, o, incoming, actor),
  );
  await step(
    'location',
    incoming.locations,
    before.locations,
    (l, d) => toHsdsLocation(l, d, ctx),
    (l) => writeLocation(db, l, incoming, actor),
  );
  for (const o of incoming.organizations) await writeContacts(db, o.id, incoming, actor);
  await step(
    'service',
    incoming.services,
    before.services,
    (s, d) => toHsdsService(s, d, ctx),
    (s) => writeService(db, s, incoming, actor),
  );
  if (outcome.created + outcome.updated > 0) await reindexDistrict(db, districtId);
  return outcome;
}
