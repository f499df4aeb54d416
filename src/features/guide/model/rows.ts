/** Rows of the guide's tables as the plain data of guide.model.ts. */
import type { Selectable } from 'kysely';
import type { Tables } from '../../../platform/db/schema.ts';
import type { Contact, Location, Organization, OwnedSchedule, Phone, Service } from './guide.model.ts';
import type { ScheduleKind } from './schedule.rules.ts';

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

export const toLocation = (r: Row<'locations'>): Location => ({
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

export const toContact = (r: Row<'contacts'>): Contact => ({
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

export const toPhone = (r: Row<'phones'>): Phone => ({
  id: r.id,
  organizationId: r.organization_id,
  serviceId: r.service_id,
  locationId: r.location_id,
  number: r.number,
  description: r.description,
});
