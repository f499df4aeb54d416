import type { DbOrTx } from '../../../platform/db/schema.ts';
import { toSchedule } from '../model/rows.ts';
import { markEntriesChanged, perDistrictCache } from '../model/version.repository.ts';
import './contact-point.tables.ts';
import { firstContactPoint, staffedBy, type WalkInHours, type WalkInPoint } from './walk-ins.rules.ts';

const walkInKinds = ['walk_in', 'consultation'];

/** The services of the district with the places they are offered at. */
function servicePlaces(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('service_at_locations as sal')
    .innerJoin('services as s', 's.id', 'sal.service_id')
    .select(['sal.id', 'sal.service_id as serviceId', 'sal.location_id as locationId', 's.name', 's.is_informal as informal'])
    .where('s.district_id', '=', districtId)
    .where('s.status', '=', 'active')
    .execute();
}

/** The named person of a place: one named for the place itself, else one of its organisation. */
async function contactsOf(db: DbOrTx, places: readonly { id: string; organization_id: string | null }[]) {
  const orgIds = places.flatMap((p) => (p.organization_id === null ? [] : [p.organization_id]));
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'phone', 'email', 'organization_id', 'location_id'])
    .where('organization_id', 'in', orgIds)
    .where('buurt_id', 'is', null)
    .orderBy('name')
    .execute();
}

/** The walk-in points as stored (see walkInPointsOfDistrict). */
async function readWalkInPoints(db: DbOrTx, districtId: string): Promise<WalkInPoint[]> {
  const places = await db
    .selectFrom('locations')
    .select(['id', 'name', 'street_address', 'postal_code', 'buurt_id', 'organization_id'])
    .where('district_id', '=', districtId)
    .orderBy('name')
    .execute();
  if (places.length === 0) return [];
  const offered = await servicePlaces(db, districtId);
  const serviceIds = [...new Set(offered.map((o) => o.serviceId))];
  let query = db.selectFrom('schedules').selectAll().where('kind', 'in', walkInKinds);
  query = query.where((eb) =>
    eb.or([
      eb(
        'location_id',
        'in',
        places.map((p) => p.id),
      ),
      ...(offered.length > 0
        ? [
            eb(
              'service_at_location_id',
              'in',
              offered.map((o) => o.id),
            ),
          ]
        : []),
      ...(serviceIds.length > 0 ? [eb('service_id', 'in', serviceIds)] : []),
    ]),
  );
  const schedules = (await query.orderBy('id').execute()).map(toSchedule);
  const hoursAt = new Map<string, WalkInHours[]>();
  const add = (placeId: string, h: WalkInHours) => hoursAt.set(placeId, [...(hoursAt.get(placeId) ?? []), h]);
  for (const s of schedules) {
    if (s.locationId !== null) add(s.locationId, { schedule: s, serviceName: '', staffedBy: staffedBy(s.kind, null) });
    for (const o of offered.filter((x) => x.id === s.serviceAtLocationId || x.serviceId === s.serviceId)) {
      add(o.locationId, { schedule: s, serviceName: o.name, staffedBy: staffedBy(s.kind, o.informal === 1) });
    }
  }
  const points = places.filter((p) => hoursAt.has(p.id));
  const ids = points.map((p) => p.id);
  const phones = ids.length
    ? await db.selectFrom('phones').select(['location_id', 'number', 'description']).where('location_id', 'in', ids).execute()
    : [];
  const contacts = await contactsOf(db, points);
  return points.map((p) => {
    const contact =
      contacts.find((c) => c.location_id === p.id) ??
      contacts.find((c) => c.organization_id === p.organization_id && c.location_id === null);
    return {
      id: p.id,
      name: p.name,
      streetAddress: p.street_address,
      postalCode: p.postal_code,
      buurtId: p.buurt_id,
      hours: hoursAt.get(p.id) ?? [],
      phones: phones.filter((x) => x.location_id === p.id).map((x) => ({ number: x.number, description: x.description })),
      contact: contact === undefined ? null : { name: contact.name, title: contact.title, phone: contact.phone, email: contact.email },
    };
  });
}

interface DistrictPoints {
  points: WalkInPoint[];
  contactPoint: WalkInPoint | null;
}

/** The walk-in points and, among them, the contact point: the one chosen, else the first that fits. */
async function readPoints(db: DbOrTx, districtId: string): Promise<DistrictPoints> {
  const points = await readWalkInPoints(db, districtId);
  const chosen = await db
    .selectFrom('guide_contact_points')
    .select(['location_id'])
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return { points, contactPoint: firstContactPoint(points, chosen?.location_id ?? null) };
}

// Nearly every page of a district shows its contact point (in the footer, on the start page,
// beside search results).
const cachedPoints = perDistrictCache(readPoints);

/**
 * The district's walk-in points: the places with walk-in or consultation hours in the guide —
 * their own, or those of a service offered there — not every meeting place. Outside a
 * transaction from memory (the list is shared: do not change it); in one, read afresh.
 */
export async function walkInPointsOfDistrict(db: DbOrTx, districtId: string): Promise<readonly WalkInPoint[]> {
  return (await cachedPoints(db, districtId)).points;
}

/** The district's first place to call or walk in (the wijkinformatiepunt), from the guide; null when it has none. */
export async function contactPointOfDistrict(db: DbOrTx, districtId: string): Promise<WalkInPoint | null> {
  return (await cachedPoints(db, districtId)).contactPoint;
}

/** Names the district's contact point (demo data, and coordinators choosing among the walk-in points). */
export async function chooseContactPoint(db: DbOrTx, districtId: string, locationId: string, at: string): Promise<void> {
  await db
    .insertInto('guide_contact_points')
    .values({ district_id: districtId, location_id: locationId, updated_at: at })
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ location_id: locationId, updated_at: at }))
    .execute();
  await markEntriesChanged(db);
}
