/**
 * The guide's entries as HSDS 3 objects and back. Things HSDS has no field for (the kind of
 * schedule, exceptions, informal offers, what to call a person for, the buurt of a place)
 * travel as attributes linked to terms of the "Wijkportaal-kenmerken" taxonomy, so an export
 * imports again without loss. Sub-objects without an id of their own get a stable derived id.
 */
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { Contact, Dataset, Location, Organization, OwnedSchedule, Phone } from '../model/guide.model.ts';
import type { HsdsAttribute, HsdsContact, HsdsLocation, HsdsOrganization, HsdsPhone, HsdsSchedule } from './hsds.schema.ts';
import { derivedId } from '../model/ids.ts';
import { termIdOf, type Term } from '../model/taxonomy.ts';

export interface HsdsContext {
  terms: readonly Term[];
  buurten: readonly Buurt[];
}

/** Leaves out what is null or undefined: HSDS fields are absent rather than null. */
export function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

export const mark = (code: string) => termIdOf('kenmerk', code);

export function attribute(entity: string, linkId: string, termId: string, value?: string): HsdsAttribute {
  return compact({
    id: derivedId('attribute', linkId, termId, value ?? ''),
    link_id: linkId,
    link_entity: entity,
    link_type: 'wijkportaal',
    taxonomy_term_id: termId,
    value,
  });
}

export const phone = (
  p: Pick<Phone, 'id' | 'number' | 'description'>,
  owner: Partial<Record<'organization_id' | 'service_id' | 'location_id' | 'contact_id', string>>,
): HsdsPhone => compact({ id: p.id, ...owner, number: p.number, description: p.description || null });

export function toHsdsSchedule(s: OwnedSchedule): HsdsSchedule {
  const kinds = [attribute('schedule', s.id, mark(s.kind))];
  if (s.exception !== 'none') kinds.push(attribute('schedule', s.id, mark(`exception_${s.exception}`)));
  return compact({
    id: s.id,
    service_id: s.serviceId,
    location_id: s.locationId,
    service_at_location_id: s.serviceAtLocationId,
    freq: s.freq,
    interval: s.freq === null ? null : s.interval,
    byday: s.byday || null,
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    valid_from: s.validFrom,
    valid_to: s.validTo,
    description: s.description || null,
    attributes: kinds,
  });
}

export const verified = (entity: string, id: string, at: string | null) =>
  at === null ? [] : [attribute(entity, id, mark('verified'), at)];

function toHsdsContact(c: Contact, ctx: HsdsContext): HsdsContact {
  const buurt = ctx.buurten.find((b) => b.id === c.buurtId);
  return compact({
    id: c.id,
    organization_id: c.organizationId,
    location_id: c.locationId,
    name: c.name,
    title: c.title,
    email: c.email,
    phones: c.phone ? [phone({ id: derivedId('phone', c.id), number: c.phone, description: '' }, { contact_id: c.id })] : [],
    attributes: [
      attribute('contact', c.id, mark('contact_for'), c.contactFor),
      ...(buurt ? [attribute('contact', c.id, mark('buurt'), buurt.name)] : []),
    ],
  });
}

export function toHsdsLocation(l: Location, data: Dataset, ctx: HsdsContext): HsdsLocation {
  const buurt = ctx.buurten.find((b) => b.id === l.buurtId);
  const address =
    l.streetAddress && l.postalCode
      ? [
          {
            id: derivedId('address', l.id),
            location_id: l.id,
            address_1: l.streetAddress,
            city: l.city ?? 'Utrecht',
            state_province: 'Utrecht',
            postal_code: l.postalCode,
            country: 'NL',
            address_type: 'physical' as const,
          },
        ]
      : [];
  return compact({
    id: l.id,
    location_type: 'physical' as const,
    organization_id: l.organizationId,
    name: l.name,
    description: l.description || null,
    transportation: l.transportation || null,
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: address,
    accessibility: l.accessibilityDescription
      ? [{ id: derivedId('accessibility', l.id), location_id: l.id, description: l.accessibilityDescription }]
      : [],
    phones: data.phones.filter((p) => p.locationId === l.id).map((p) => phone(p, { location_id: l.id })),
    schedules: data.schedules.filter((s) => s.locationId === l.id).map(toHsdsSchedule),
    attributes: [
      ...(l.isMeetingPlace ? [attribute('location', l.id, mark('meeting_place'))] : []),
      ...(buurt ? [attribute('location', l.id, mark('buurt'), buurt.name)] : []),
      ...verified('location', l.id, l.lastVerifiedAt),
    ],
  });
}

export function toHsdsOrganizationList(o: Organization) {
  return compact({
    id: o.id,
    name: o.name,
    alternate_name: o.alternateName,
    description: o.description,
    email: o.email,
    website: o.website,
  });
}

export function toHsdsOrganization(o: Organization, data: Dataset, ctx: HsdsContext): HsdsOrganization {
  return compact({
    ...toHsdsOrganizationList(o),
    phones: data.phones.filter((p) => p.organizationId === o.id).map((p) => phone(p, { organization_id: o.id })),
    contacts: data.contacts.filter((c) => c.organizationId === o.id).map((c) => toHsdsContact(c, ctx)),
    locations: data.locations.filter((l) => l.organizationId === o.id).map((l) => toHsdsLocation(l, data, ctx)),
    attributes: [attribute('organization', o.id, termIdOf('organisatie', o.kind)), ...verified('organization', o.id, o.lastVerifiedAt)],
  });
}
