import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { Dataset, Location, Organization, OwnedSchedule, Phone } from '../model/guide.model.ts';
import { contactRow, phoneRow, scheduleRow } from './import-rows.ts';

/** Adds an entry, or replaces the one with this id. */
export async function upsert(
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

/**
 * The phones of an entry, as the file has them (an insert of nothing is no insert). A phone
 * the file gives another owner in this district moves (ids of other districts were refused).
 */
export async function insertPhones(db: DbOrTx, phones: readonly Phone[]): Promise<void> {
  if (phones.length === 0) return;
  await db
    .deleteFrom('phones')
    .where(
      'id',
      'in',
      phones.map((p) => p.id),
    )
    .execute();
  await db.insertInto('phones').values(phones.map(phoneRow)).execute();
}

/** The schedules of an entry, as the file has them; one the file gives another owner moves. */
export async function insertSchedules(db: DbOrTx, schedules: readonly OwnedSchedule[]): Promise<void> {
  if (schedules.length === 0) return;
  await db
    .deleteFrom('schedules')
    .where(
      'id',
      'in',
      schedules.map((s) => s.id),
    )
    .execute();
  await db.insertInto('schedules').values(schedules.map(scheduleRow)).execute();
}

/** Ids of phones and schedules that belong to entries of other districts. */
async function foreignDetails(db: DbOrTx, districtId: string) {
  const other = (table: 'organizations' | 'services' | 'locations') =>
    db.selectFrom(table).select('id').where('district_id', '!=', districtId);
  const phones = await db
    .selectFrom('phones')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('organization_id', 'in', other('organizations')),
        eb('service_id', 'in', other('services')),
        eb('location_id', 'in', other('locations')),
      ]),
    )
    .execute();
  const schedules = await db
    .selectFrom('schedules')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('service_id', 'in', other('services')),
        eb('location_id', 'in', other('locations')),
        eb('service_at_location_id', 'in', db.selectFrom('service_at_locations').select('id').where('service_id', 'in', other('services'))),
      ]),
    )
    .execute();
  return [...phones, ...schedules];
}

/** What an import of a district must know of the database: ids it may not take, names and places it may refer to. */
export async function importSituation(db: DbOrTx, districtId: string) {
  const foreign = [
    ...(await db.selectFrom('organizations').select('id').where('district_id', '!=', districtId).execute()),
    ...(await db.selectFrom('locations').select('id').where('district_id', '!=', districtId).execute()),
    ...(await db.selectFrom('services').select('id').where('district_id', '!=', districtId).execute()),
    ...(await foreignDetails(db, districtId)),
  ];
  const orgs = await db.selectFrom('organizations').select(['id', 'name']).where('district_id', '=', districtId).execute();
  const places = await db.selectFrom('locations').select('id').where('district_id', '=', districtId).execute();
  return {
    foreignIds: new Set(foreign.map((r) => r.id)),
    organizationNames: new Map(orgs.map((o) => [o.name, o.id])),
    knownOrganizationIds: new Set(orgs.map((o) => o.id)),
    knownLocationIds: new Set(places.map((p) => p.id)),
  };
}

export async function writeOrganization(db: DbOrTx, o: Organization, data: Dataset, actor: Actor) {
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
  await insertPhones(
    db,
    data.phones.filter((p) => p.organizationId === o.id),
  );
}

/** Contact persons are added or updated, never removed by an import: other features refer to them. */
export async function writeContacts(db: DbOrTx, organizationId: string, data: Dataset, actor: Actor) {
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

export async function writeLocation(db: DbOrTx, l: Location, data: Dataset, actor: Actor) {
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
  await insertPhones(
    db,
    data.phones.filter((p) => p.locationId === l.id),
  );
  await insertSchedules(
    db,
    data.schedules.filter((s) => s.locationId === l.id),
  );
}
