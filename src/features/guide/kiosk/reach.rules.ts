import type { Contact, Dataset, EntryType, Location, OwnedSchedule, Phone } from '../model/guide.model.ts';

/** What a visitor at the kiosk needs to act on an entry: where, whom to call, and when. */
export interface Reach {
  name: string;
  description: string;
  places: Location[];
  phones: Phone[];
  contact: Contact | null;
  schedules: OwnedSchedule[];
}

/**
 * Gathers an entry's places, phone numbers, named person and hours from the guide's data:
 * an offer's own and those of the places it is given at, a place's own, an organisation's own
 * and its places'. The named person is one for the place first, then one of the organisation
 * (a buurt's own contact is for that buurt's page, not the kiosk).
 */
export function reachOf(data: Dataset, type: EntryType, id: string): Reach | null {
  const entry =
    type === 'service'
      ? data.services.find((s) => s.id === id)
      : type === 'location'
        ? data.locations.find((l) => l.id === id)
        : data.organizations.find((o) => o.id === id);
  if (entry === undefined) return null;
  const sals = data.serviceAtLocations.filter((s) => type === 'service' && s.serviceId === id);
  const placeIds = new Set(
    type === 'service'
      ? sals.map((s) => s.locationId)
      : type === 'location'
        ? [id]
        : data.locations.filter((l) => l.organizationId === id).map((l) => l.id),
  );
  const orgId = 'organizationId' in entry ? entry.organizationId : entry.id;
  const places = data.locations.filter((l) => placeIds.has(l.id));
  const salIds = new Set(sals.map((s) => s.id));
  const schedules = data.schedules.filter((s) =>
    type === 'service' ? s.serviceId === id || salIds.has(s.serviceAtLocationId ?? '') : placeIds.has(s.locationId ?? ''),
  );
  const own = (p: Phone) => (type === 'service' ? p.serviceId === id : type === 'location' ? p.locationId === id : p.organizationId === id);
  const phones = data.phones.filter(own);
  const fallback =
    phones.length > 0 ? [] : data.phones.filter((p) => placeIds.has(p.locationId ?? '') || (orgId !== null && p.organizationId === orgId));
  const contacts = data.contacts.filter((c) => c.organizationId === orgId && c.buurtId === null);
  const contact = contacts.find((c) => c.locationId !== null && placeIds.has(c.locationId)) ?? contacts[0] ?? null;
  return { name: entry.name, description: entry.description, places, phones: [...phones, ...fallback], contact, schedules };
}

/**
 * The results a visitor at the kiosk can act on first: those with a phone number, a person to
 * ask or a place to walk in to, before those without (issue 10.2: a school without a number
 * was the first answer to a household job). Within each part the search's own order stays.
 */
export function reachableFirst<H extends { entryId: string }>(hits: readonly H[], reach: ReadonlyMap<string, Reach>): H[] {
  const canAct = (h: H) => {
    const r = reach.get(h.entryId);
    return r !== undefined && (r.phones.length > 0 || r.contact !== null || r.places.length > 0);
  };
  return [...hits.filter(canAct), ...hits.filter((h) => !canAct(h))];
}
