/** The guide's tables, added to the one database type (see platform/db/schema.ts). */

/** @public The kinds of HSDS organization we tell apart. */
export const organizationKinds = [
  'partner',
  'resident_initiative',
  'social_entrepreneur',
  'care_provider',
  'welfare',
  'municipality',
  'education',
  'faith',
  'sports',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

interface OrganizationTable {
  id: string;
  district_id: string;
  name: string;
  alternate_name: string | null;
  kind: string;
  description: string;
  email: string | null;
  website: string | null;
  last_verified_at: string | null;
  last_verified_by: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

interface LocationTable {
  id: string;
  district_id: string;
  organization_id: string | null;
  name: string;
  description: string;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  buurt_id: string | null;
  latitude: number | null;
  longitude: number | null;
  is_meeting_place: number;
  last_verified_at: string | null;
  last_verified_by: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

interface ContactTable {
  id: string;
  organization_id: string;
  location_id: string | null;
  name: string;
  title: string | null;
  /** "Bij welke persoon je moet zijn voor wat": what to contact this person for. */
  contact_for: string;
  email: string | null;
  phone: string | null;
  /** Set when the contact person has an account, so referrals reach their inbox. */
  user_id: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    organizations: OrganizationTable;
    locations: LocationTable;
    contacts: ContactTable;
  }
}
