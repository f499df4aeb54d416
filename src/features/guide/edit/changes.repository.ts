import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Contact, EntryType, Location, Organization, OwnedSchedule, Service } from '../model/guide.model.ts';
import { changedFields, recordChange, type Actor } from '../model/history.repository.ts';

export type OrganizationInput = Pick<Organization, 'name' | 'alternateName' | 'kind' | 'description' | 'email' | 'website'>;

export type LocationInput = Pick<
  Location,
  | 'organizationId'
  | 'name'
  | 'description'
  | 'streetAddress'
  | 'postalCode'
  | 'buurtId'
  | 'isMeetingPlace'
  | 'transportation'
  | 'accessibilityDescription'
>;

export type ServiceInput = Pick<
  Service,
  | 'organizationId'
  | 'name'
  | 'alternateName'
  | 'description'
  | 'url'
  | 'email'
  | 'status'
  | 'isInformal'
  | 'costKind'
  | 'costCents'
  | 'costDescription'
  | 'eligibilityDescription'
  | 'applicationProcess'
  | 'termIds'
  | 'buurtIds'
  | 'languages'
> & { locationIds: string[] };

export type ContactInput = Omit<Contact, 'id'>;

function organizationRow(input: OrganizationInput) {
  return {
    name: input.name,
    alternate_name: input.alternateName,
    kind: input.kind,
    description: input.description,
    email: input.email,
    website: input.website,
  };
}

function locationRow(input: LocationInput) {
  return {
    organization_id: input.organizationId,
    name: input.name,
    description: input.description,
    street_address: input.streetAddress,
    postal_code: input.postalCode,
    buurt_id: input.buurtId,
    is_meeting_place: input.isMeetingPlace ? 1 : 0,
    transportation: input.transportation,
    accessibility_description: input.accessibilityDescription,
  };
}

function serviceRow(input: ServiceInput) {
  return {
    organization_id: input.organizationId,
    name: input.name,
    alternate_name: input.alternateName,
    description: input.description,
    url: input.url,
    email: input.email,
    status: input.status,
    is_informal: input.isInformal ? 1 : 0,
    cost_kind: input.costKind,
    cost_cents: input.costKind === 'amount' ? input.costCents : null,
    cost_description: input.costDescription,
    eligibility_description: input.eligibilityDescription,
    application_process: input.applicationProcess,
  };
}

const created = (actor: Actor) => ({
  created_at: actor.at,
  updated_at: actor.at,
  updated_by: actor.userId,
  last_verified_at: actor.at,
  last_verified_by: actor.userId,
});
const updated = (actor: Actor) => ({ updated_at: actor.at, updated_by: actor.userId });

/** Adds or changes an organisation; a new one counts as verified by whoever made it. */
export async function saveOrganization(db: DbOrTx, districtId: string, id: string | null, input: OrganizationInput, actor: Actor) {
  const row = organizationRow(input);
  const before = id === null ? undefined : await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined)
    await db
      .insertInto('organizations')
      .values({ id: entryId, district_id: districtId, ...row, ...created(actor) })
      .execute();
  else
    await db
      .updateTable('organizations')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  const details = changedFields(before, row);
  await recordChange(db, { districtId, entryType: 'organization', entryId, action: before ? 'updated' : 'created', details }, actor);
  return entryId;
}

export async function saveLocation(db: DbOrTx, districtId: string, id: string | null, input: LocationInput, actor: Actor) {
  const row = locationRow(input);
  const before = id === null ? undefined : await db.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined) {
    await db
      .insertInto('locations')
      .values({ id: entryId, district_id: districtId, city: 'Utrecht', latitude: null, longitude: null, ...row, ...created(actor) })
      .execute();
  } else
    await db
      .updateTable('locations')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  await recordChange(
    db,
    { districtId, entryType: 'location', entryId, action: before ? 'updated' : 'created', details: changedFields(before, row) },
    actor,
  );
  return entryId;
}

async function replaceServiceLinks(db: DbOrTx, serviceId: string, input: ServiceInput): Promise<void> {
  await db.deleteFrom('service_terms').where('service_id', '=', serviceId).execute();
  await db.deleteFrom('service_buurten').where('service_id', '=', serviceId).execute();
  await db.deleteFrom('service_languages').where('service_id', '=', serviceId).execute();
  const terms = [...new Set(input.termIds)].map((term_id) => ({ service_id: serviceId, term_id }));
  const buurten = [...new Set(input.buurtIds)].map((buurt_id) => ({ service_id: serviceId, buurt_id }));
  const languages = [...new Set(input.languages)].map((code) => ({ service_id: serviceId, code }));
  if (terms.length) await db.insertInto('service_terms').values(terms).execute();
  if (buurten.length) await db.insertInto('service_buurten').values(buurten).execute();
  if (languages.length) await db.insertInto('service_languages').values(languages).execute();
  const existing = await db.selectFrom('service_at_locations').select(['id', 'location_id']).where('service_id', '=', serviceId).execute();
  const gone = existing.filter((e) => !input.locationIds.includes(e.location_id)).map((e) => e.id);
  if (gone.length) await db.deleteFrom('service_at_locations').where('id', 'in', gone).execute();
  const added = input.locationIds.filter((l) => !existing.some((e) => e.location_id === l));
  if (added.length) {
    await db
      .insertInto('service_at_locations')
      .values(added.map((location_id) => ({ id: newId(), service_id: serviceId, location_id, description: '' })))
      .execute();
  }
}

export async function saveService(db: DbOrTx, districtId: string, id: string | null, input: ServiceInput, actor: Actor) {
  const row = serviceRow(input);
  const before = id === null ? undefined : await db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined) {
    await db
      .insertInto('services')
      .values({ id: entryId, district_id: districtId, ...row, reminded_at: null, ...created(actor) })
      .execute();
  } else
    await db
      .updateTable('services')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  const links = { termIds: input.termIds, buurtIds: input.buurtIds, languages: input.languages, locationIds: input.locationIds };
  const oldLinks = before && (await linksOf(db, entryId));
  await replaceServiceLinks(db, entryId, input);
  const details = { ...changedFields(before, row), ...changedFields(oldLinks, links) };
  await recordChange(db, { districtId, entryType: 'service', entryId, action: before ? 'updated' : 'created', details }, actor);
  return entryId;
}

async function linksOf(db: DbOrTx, serviceId: string) {
  const list = async (table: 'service_terms' | 'service_buurten' | 'service_languages' | 'service_at_locations', column: string) =>
    (await db.selectFrom(table).selectAll().where('service_id', '=', serviceId).execute())
      .map((r) => String((r as Record<string, unknown>)[column]))
      .sort();
  return {
    termIds: await list('service_terms', 'term_id'),
    buurtIds: await list('service_buurten', 'buurt_id'),
    languages: await list('service_languages', 'code'),
    locationIds: await list('service_at_locations', 'location_id'),
  };
}

export async function saveContact(db: DbOrTx, districtId: string, id: string | null, input: ContactInput, actor: Actor) {
  const row = {
    organization_id: input.organizationId,
    location_id: input.locationId,
    buurt_id: input.buurtId,
    name: input.name,
    title: input.title,
    contact_for: input.contactFor,
    email: input.email,
    phone: input.phone,
  };
  const before = id === null ? undefined : await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined) {
    await db
      .insertInto('contacts')
      .values({ id: entryId, ...row, user_id: null, created_at: actor.at, ...updated(actor) })
      .execute();
  } else
    await db
      .updateTable('contacts')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  await recordChange(
    db,
    { districtId, entryType: 'contact', entryId, action: before ? 'updated' : 'created', details: changedFields(before, row) },
    actor,
  );
  return entryId;
}

export async function deleteContact(db: DbOrTx, districtId: string, id: string, actor: Actor): Promise<void> {
  const before = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  await db.deleteFrom('contacts').where('id', '=', id).execute();
  await recordChange(
    db,
    { districtId, entryType: 'contact', entryId: id, action: 'deleted', details: { name: [before?.name, null] } },
    actor,
  );
}

export async function addSchedule(db: DbOrTx, districtId: string, schedule: Omit<OwnedSchedule, 'id'>, actor: Actor): Promise<string> {
  const id = newId();
  await db
    .insertInto('schedules')
    .values({
      id,
      service_id: schedule.serviceId,
      location_id: schedule.locationId,
      service_at_location_id: schedule.serviceAtLocationId,
      kind: schedule.kind,
      freq: schedule.freq,
      interval: schedule.interval,
      byday: schedule.byday,
      opens_at: schedule.opensAt,
      closes_at: schedule.closesAt,
      valid_from: schedule.validFrom,
      valid_to: schedule.validTo,
      exception: schedule.exception,
      description: schedule.description,
    })
    .execute();
  const entryId = schedule.serviceId ?? schedule.locationId ?? '';
  await recordChange(
    db,
    { districtId, entryType: 'schedule', entryId, action: 'schedule_added', details: { schedule: [null, id] } },
    actor,
  );
  return id;
}

export async function deleteSchedule(db: DbOrTx, districtId: string, schedule: OwnedSchedule, actor: Actor): Promise<void> {
  await db.deleteFrom('schedules').where('id', '=', schedule.id).execute();
  const entryId = schedule.serviceId ?? schedule.locationId ?? '';
  await recordChange(
    db,
    { districtId, entryType: 'schedule', entryId, action: 'schedule_removed', details: { schedule: [schedule.id, null] } },
    actor,
  );
}

/** The owner says the entry is still right: it is fresh for another year. */
export async function markVerified(db: DbOrTx, districtId: string, type: EntryType, id: string, actor: Actor): Promise<void> {
  const table = type === 'organization' ? 'organizations' : type === 'location' ? 'locations' : 'services';
  await db.updateTable(table).set({ last_verified_at: actor.at, last_verified_by: actor.userId }).where('id', '=', id).execute();
  await recordChange(db, { districtId, entryType: type, entryId: id, action: 'verified' }, actor);
}

/**
 * The forms edit one phone number per entry: the first one. Clearing it removes that one;
 * other numbers (from an HSDS import) stay.
 */
export async function setMainPhone(
  db: DbOrTx,
  owner: { column: 'organization_id' | 'location_id' | 'service_id'; id: string },
  number: string | null,
): Promise<void> {
  const first = await db.selectFrom('phones').select(['id', 'number']).where(owner.column, '=', owner.id).orderBy('id').executeTakeFirst();
  if (first?.number === number) return;
  if (first && number === null) await db.deleteFrom('phones').where('id', '=', first.id).execute();
  else if (first && number !== null) await db.updateTable('phones').set({ number }).where('id', '=', first.id).execute();
  else if (number !== null) {
    await db
      .insertInto('phones')
      .values({
        id: newId(),
        organization_id: null,
        location_id: null,
        service_id: null,
        [owner.column]: owner.id,
        number,
        description: '',
      })
      .execute();
  }
}

/** The number the forms show: the first phone of an entry. */
export function mainPhone(
  phones: readonly { number: string; organizationId: string | null; locationId: string | null; serviceId: string | null; id: string }[],
  id: string,
): string {
  return (
    [...phones].sort((a, b) => a.id.localeCompare(b.id)).find((p) => p.organizationId === id || p.locationId === id || p.serviceId === id)
      ?.number ?? ''
  );
}
