/** The guide's tables, added to the one database type (see platform/db/schema.ts). */
import type { Generated } from 'kysely';

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
  /** When the owners were last reminded that the entry is stale. */
  reminded_at: Generated<string | null>;
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
  /** How to get there (HSDS `transportation`). */
  transportation: Generated<string>;
  /** The owner's own words on access (HSDS `accessibility.description`). */
  accessibility_description: Generated<string>;
  /** The latest assessment by an expert by experience, copied here so the search can filter on it. */
  assessed_on: Generated<string | null>;
  assessed_physical: Generated<number | null>;
  assessed_financial: Generated<number | null>;
  assessed_welcome: Generated<number | null>;
  last_verified_at: string | null;
  last_verified_by: string | null;
  reminded_at: Generated<string | null>;
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
  /** For a buurt assistant: the buurt they are the first contact for. */
  buurt_id: Generated<string | null>;
  /** Set when the contact person has an account, so referrals reach their inbox. */
  user_id: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

interface ServiceTable {
  id: string;
  organization_id: string;
  district_id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: string;
  /** 1 for an informal offer (neighbours, volunteers), 0 for a formal one. */
  is_informal: number;
  /** free | amount | ask */
  cost_kind: string;
  cost_cents: number | null;
  cost_description: string;
  /** "Voor wie" in the owner's words; the audience terms say it in the taxonomy. */
  eligibility_description: string;
  application_process: string;
  last_verified_at: string | null;
  last_verified_by: string | null;
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

interface ServiceAtLocationTable {
  id: string;
  service_id: string;
  location_id: string;
  description: string;
}

/**
 * An RRULE-like weekly or monthly rule (HSDS schedule), or an exception to the rules of its
 * owner: closed, or other hours, on the dates from valid_from to valid_to.
 */
interface ScheduleTable {
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  /** opening | walk_in | consultation */
  kind: string;
  /** WEEKLY | MONTHLY; null for an exception. */
  freq: string | null;
  interval: number;
  byday: string;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
  /** none | closed | changed */
  exception: string;
  description: string;
}

interface PhoneTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  number: string;
  description: string;
}

interface ServiceLanguageTable {
  service_id: string;
  code: string;
}

interface TaxonomyTable {
  id: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
}

interface TaxonomyTermTable {
  id: string;
  taxonomy_id: string;
  parent_id: string | null;
  code: string;
  name: string;
  description: string;
  position: number;
}

interface ServiceTermTable {
  service_id: string;
  term_id: string;
}

interface ServiceBuurtTable {
  service_id: string;
  buurt_id: string;
}

interface PlaceAssessmentTable {
  id: string;
  location_id: string;
  assessor_user_id: string;
  assessed_on: string;
  physical_score: number;
  physical_remarks: string;
  financial_score: number;
  financial_remarks: string;
  welcome_score: number;
  welcome_remarks: string;
  created_at: string;
}

/** Who changed which entry when, and what changed: every change keeps who and when. */
interface GuideChangeTable {
  id: string;
  district_id: string;
  entry_type: string;
  entry_id: string;
  action: string;
  changed_at: string;
  changed_by: string | null;
  details: string;
}

/** One row per findable entry (service, organisation, place), kept up to date by the repository. */
interface GuideSearchTable {
  entry_id: string;
  entry_type: string;
  district_id: string;
  name: string;
  name_norm: string;
  subtitle: string;
  summary: string;
  is_free: number;
  physical_ok: number;
  financial_ok: number;
  welcome_ok: number;
}

interface GuideSearchWordsTable {
  entry_id: string;
  /** Diacritics-free words, for PostgreSQL's Dutch full-text configuration. */
  search_text: string;
  /** The same words stemmed in the app (after the district's token), for SQLite FTS5. */
  stems: string;
  /** The name's stems in order, so a search ranks entries with its words in their name first. */
  name_stems: Generated<string>;
}

interface GuideSearchFacetTable {
  entry_id: string;
  district_id: string;
  /** buurt | term */
  facet: string;
  value: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    organizations: OrganizationTable;
    locations: LocationTable;
    contacts: ContactTable;
    services: ServiceTable;
    service_at_locations: ServiceAtLocationTable;
    schedules: ScheduleTable;
    phones: PhoneTable;
    service_languages: ServiceLanguageTable;
    taxonomies: TaxonomyTable;
    taxonomy_terms: TaxonomyTermTable;
    service_terms: ServiceTermTable;
    service_buurten: ServiceBuurtTable;
    place_assessments: PlaceAssessmentTable;
    guide_changes: GuideChangeTable;
    guide_search: GuideSearchTable;
    guide_search_facets: GuideSearchFacetTable;
    guide_search_words: GuideSearchWordsTable;
  }
}
