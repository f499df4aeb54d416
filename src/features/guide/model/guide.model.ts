/** The guide's entries as plain data, the same for pages, PDFs, the search index and HSDS. */
import type { Schedule } from './schedule.rules.ts';

export type EntryType = 'organization' | 'location' | 'service';

interface Stamps {
  lastVerifiedAt: string | null;
  lastVerifiedBy: string | null;
  remindedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Organization extends Stamps {
  id: string;
  districtId: string;
  name: string;
  alternateName: string | null;
  kind: string;
  description: string;
  email: string | null;
  website: string | null;
}

export interface Assessment {
  on: string;
  physical: number;
  financial: number;
  welcome: number;
}

export interface Location extends Stamps {
  id: string;
  districtId: string;
  organizationId: string | null;
  name: string;
  description: string;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  buurtId: string | null;
  latitude: number | null;
  longitude: number | null;
  isMeetingPlace: boolean;
  transportation: string;
  accessibilityDescription: string;
  assessment: Assessment | null;
}

export interface Contact {
  id: string;
  organizationId: string;
  locationId: string | null;
  buurtId: string | null;
  name: string;
  title: string | null;
  contactFor: string;
  email: string | null;
  phone: string | null;
}

export interface Service extends Stamps {
  id: string;
  organizationId: string;
  districtId: string;
  name: string;
  alternateName: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: 'active' | 'inactive';
  isInformal: boolean;
  costKind: 'free' | 'amount' | 'ask';
  costCents: number | null;
  costDescription: string;
  eligibilityDescription: string;
  applicationProcess: string;
  termIds: string[];
  buurtIds: string[];
  languages: string[];
}

export interface ServiceAtLocation {
  id: string;
  serviceId: string;
  locationId: string;
  description: string;
}

export interface OwnedSchedule extends Schedule {
  serviceId: string | null;
  locationId: string | null;
  serviceAtLocationId: string | null;
}

export interface Phone {
  id: string;
  organizationId: string | null;
  serviceId: string | null;
  locationId: string | null;
  number: string;
  description: string;
}

/** Everything the guide holds for a district (or a part of it), in one piece. */
export interface Dataset {
  organizations: Organization[];
  locations: Location[];
  contacts: Contact[];
  services: Service[];
  serviceAtLocations: ServiceAtLocation[];
  schedules: OwnedSchedule[];
  phones: Phone[];
}
