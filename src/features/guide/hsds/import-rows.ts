/** The guide's entries as rows of its tables, for writing an import. */
import type { Contact, OwnedSchedule, Phone } from '../model/guide.model.ts';

export const scheduleRow = (s: OwnedSchedule) => ({
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

export const phoneRow = (p: Phone) => ({
  id: p.id,
  organization_id: p.organizationId,
  service_id: p.serviceId,
  location_id: p.locationId,
  number: p.number,
  description: p.description,
});

export const contactRow = (c: Contact, at: string) => ({
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
