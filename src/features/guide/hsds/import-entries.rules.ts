import type { Contact, Location, Organization, OwnedSchedule, Phone } from '../model/guide.model.ts';
import { scheduleProblems } from '../model/schedule-checks.rules.ts';
import { scheduleKinds } from '../model/schedule.rules.ts';
import { termIdOf } from '../model/taxonomy.ts';
import { organizationKinds } from '../guide.tables.ts';
import type { HsdsDocument, HsdsLocation, HsdsSchedule } from './hsds.schema.ts';
import type { ImportContext, Reader } from './import-reader.rules.ts';

const scheduleFields: Record<string, string> = {
  byday: 'byday',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  interval: 'interval',
};
export const orNull = <T>(value: T | undefined): T | null => value ?? null;
export const orEmpty = (value: string | undefined): string => value ?? '';
const clock = (time: string | undefined): string | null => orNull(time?.slice(0, 5));

function kindsOf(attrs: Map<string, string | undefined>): Pick<OwnedSchedule, 'kind' | 'exception'> {
  const has = (code: string) => attrs.has(termIdOf('kenmerk', code));
  const kind = scheduleKinds.find((k) => has(k)) ?? 'opening';
  return { kind, exception: has('exception_closed') ? 'closed' : has('exception_changed') ? 'changed' : 'none' };
}

export const stamps = (ctx: ImportContext, lastVerifiedAt: string | null, updatedAt?: string) => ({
  lastVerifiedAt,
  lastVerifiedBy: null,
  remindedAt: null,
  createdAt: ctx.now,
  updatedAt: updatedAt ?? ctx.now,
});

export function readSchedule(
  r: Reader,
  path: string,
  s: HsdsSchedule,
  owner: Pick<OwnedSchedule, 'serviceId' | 'locationId' | 'serviceAtLocationId'>,
) {
  // HSDS answers repeat a schedule wherever it applies (the service, its place, both): the first place keeps it.
  const same = (k: OwnedSchedule) =>
    k.id === s.id && k.byday === orEmpty(s.byday) && k.opensAt === clock(s.opens_at) && k.closesAt === clock(s.closes_at);
  if (r.data.schedules.some(same)) return;
  r.claim(path, s.id);
  const { kind, exception } = kindsOf(r.attributes(path, s.attributes));
  const schedule: OwnedSchedule = {
    id: s.id,
    ...owner,
    kind,
    freq: exception === 'none' ? (s.freq ?? 'WEEKLY') : null,
    interval: s.interval ?? 1,
    byday: orEmpty(s.byday),
    opensAt: clock(s.opens_at),
    closesAt: clock(s.closes_at),
    validFrom: orNull(s.valid_from),
    validTo: orNull(s.valid_to),
    exception,
    description: orEmpty(s.description),
  };
  for (const [field, code] of Object.entries(scheduleProblems(schedule))) r.problem(`${path}.${scheduleFields[field] ?? field}`, code);
  r.data.schedules.push(schedule);
}

function onGlobe(value: number | undefined, bound: number): number | null {
  return value !== undefined && Math.abs(value) <= bound ? value : null;
}

export function readPhones(
  r: Reader,
  path: string,
  phones: HsdsLocation['phones'],
  owner: Pick<Phone, 'organizationId' | 'serviceId' | 'locationId'>,
) {
  for (const [i, p] of (phones ?? []).entries()) {
    // HSDS answers repeat a phone wherever it applies (the service, its contact, its place): the first place keeps it.
    if (r.data.phones.some((known) => known.id === p.id && known.number === p.number)) continue;
    r.claim(`${path}.phones[${i}]`, p.id);
    r.data.phones.push({ id: p.id, ...owner, number: p.number, description: p.description ?? '' });
  }
}

function readLocation(r: Reader, path: string, l: HsdsLocation, organizationId: string | null) {
  r.claim(path, l.id);
  if (l.organization_id !== undefined && l.organization_id !== organizationId)
    r.problem(`${path}.organization_id`, 'guide.import.wrongOwner');
  const attrs = r.attributes(path, l.attributes);
  const address = l.addresses?.[0];
  const location: Location = {
    id: l.id,
    districtId: r.ctx.districtId,
    organizationId,
    name: l.name,
    description: orEmpty(l.description),
    streetAddress: orNull(address?.address_1),
    postalCode: orNull(address?.postal_code),
    city: address ? address.city : 'Utrecht',
    buurtId: r.buurtByName(`${path}.attributes`, attrs.get(termIdOf('kenmerk', 'buurt'))),
    // A position off the globe (HSDS sets no bounds) cannot be shown on a map: the place is kept without it.
    latitude: onGlobe(l.latitude, 90),
    longitude: onGlobe(l.longitude, 180),
    isMeetingPlace: attrs.has(termIdOf('kenmerk', 'meeting_place')),
    transportation: orEmpty(l.transportation),
    accessibilityDescription: orEmpty(l.accessibility?.[0]?.description),
    assessment: null,
    ...stamps(r.ctx, r.verifiedAt(`${path}.attributes`, attrs)),
  };
  r.data.locations.push(location);
  readPhones(r, path, l.phones, { organizationId: null, serviceId: null, locationId: l.id });
  for (const [i, s] of (l.schedules ?? []).entries())
    readSchedule(r, `${path}.schedules[${i}]`, s, { serviceId: null, locationId: l.id, serviceAtLocationId: null });
}

function readOrganization(r: Reader, path: string, o: HsdsDocument['organizations'][number]) {
  r.claim(path, o.id);
  const sameName = r.ctx.organizationNames.get(o.name);
  if (sameName !== undefined && sameName !== o.id) r.problem(`${path}.name`, 'guide.import.nameTaken', { name: o.name });
  const attrs = r.attributes(path, o.attributes);
  const kind = organizationKinds.find((k) => attrs.has(termIdOf('organisatie', k))) ?? 'other';
  const org: Organization = {
    id: o.id,
    districtId: r.ctx.districtId,
    name: o.name,
    alternateName: orNull(o.alternate_name),
    kind,
    description: o.description,
    email: orNull(o.email),
    website: orNull(o.website),
    ...stamps(r.ctx, r.verifiedAt(`${path}.attributes`, attrs)),
  };
  r.data.organizations.push(org);
  readPhones(r, path, o.phones, { organizationId: o.id, serviceId: null, locationId: null });
  for (const [j, l] of (o.locations ?? []).entries()) readLocation(r, `${path}.locations[${j}]`, l, o.id);
  for (const [j, c] of (o.contacts ?? []).entries()) readContact(r, `${path}.contacts[${j}]`, c, o.id);
}

export function readOrganizations(r: Reader, doc: HsdsDocument) {
  for (const [i, o] of doc.organizations.entries()) readOrganization(r, `organizations[${i}]`, o);
  for (const [i, l] of (doc.locations ?? []).entries()) readLocation(r, `locations[${i}]`, l, null);
}

function readContact(
  r: Reader,
  path: string,
  c: NonNullable<HsdsDocument['organizations'][number]['contacts']>[number],
  organizationId: string,
) {
  r.claim(path, c.id);
  const attrs = r.attributes(path, c.attributes);
  const contact: Contact = {
    id: c.id,
    organizationId,
    locationId: c.location_id ?? null,
    buurtId: r.buurtByName(`${path}.attributes`, attrs.get(termIdOf('kenmerk', 'buurt'))),
    name: c.name,
    title: c.title ?? null,
    contactFor: attrs.get(termIdOf('kenmerk', 'contact_for')) ?? '',
    email: c.email ?? null,
    phone: c.phones?.[0]?.number ?? null,
  };
  r.data.contacts.push(contact);
}
