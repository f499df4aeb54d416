/**
 * The parts of Open Referral HSDS 3 that the guide reads and writes, as zod schemas: they
 * check an import (every problem with its place in the file), type the mapping, and
 * describe the API in /api/openapi.json. The API answers themselves are checked against
 * the official schemas in ./hsds/ in the tests.
 */
import { z } from 'zod';

const markup = /<\s*\/?\s*[a-z!?]/i;
/** Text a person reads: no HTML or scripts, within a length. */
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !markup.test(v), 'guide.text.noMarkup');
export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'guide.hsds.uuid');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'guide.date.invalid');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'guide.schedule.time.invalid');

const hsdsAttribute = z.object({
  id: uuid,
  link_id: uuid.optional(),
  link_type: z.string().max(100).optional(),
  link_entity: z.string().max(100).optional(),
  taxonomy_term_id: uuid,
  value: plainText(2000).optional(),
});

const hsdsPhone = z.object({
  id: uuid,
  organization_id: uuid.optional(),
  service_id: uuid.optional(),
  location_id: uuid.optional(),
  contact_id: uuid.optional(),
  // Quotes around a number (a spreadsheet's habit, and in Open Referral's examples) are not part of it.
  number: z
    .string()
    .transform((n) => n.replace(/^\s*"(.*)"\s*$/, '$1'))
    .pipe(z.string().regex(/^[0-9+ ()-]{3,30}$/, 'guide.import.phoneRule')),
  description: plainText(300).optional(),
});

const hsdsSchedule = z.object({
  id: uuid,
  service_id: uuid.optional(),
  location_id: uuid.optional(),
  service_at_location_id: uuid.optional(),
  valid_from: date.optional(),
  valid_to: date.optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.number().int().min(1).max(52).optional(),
  byday: z.string().max(60).optional(),
  opens_at: time.optional(),
  closes_at: time.optional(),
  description: plainText(300).optional(),
  attributes: z.array(hsdsAttribute).max(10).optional(),
});

const hsdsContact = z.object({
  id: uuid,
  organization_id: uuid.optional(),
  location_id: uuid.optional(),
  name: plainText(150).pipe(z.string().min(1)),
  title: plainText(150).optional(),
  email: z.email().optional(),
  phones: z.array(hsdsPhone).max(10).optional(),
  attributes: z.array(hsdsAttribute).max(10).optional(),
});

const hsdsAddress = z.object({
  id: uuid,
  location_id: uuid.optional(),
  address_1: plainText(150),
  city: plainText(100),
  region: plainText(100).optional(),
  state_province: plainText(100),
  postal_code: plainText(10),
  country: z.string().length(2),
  address_type: z.enum(['physical', 'postal', 'virtual']),
});

const hsdsAccessibility = z.object({ id: uuid, location_id: uuid.optional(), description: plainText(2000).optional() });

export const hsdsLocation = z.object({
  id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: uuid.optional(),
  name: plainText(150).pipe(z.string().min(1)),
  description: plainText(4000).optional(),
  transportation: plainText(1000).optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  addresses: z.array(hsdsAddress).max(5).optional(),
  accessibility: z.array(hsdsAccessibility).max(5).optional(),
  phones: z.array(hsdsPhone).max(10).optional(),
  schedules: z.array(hsdsSchedule).max(50).optional(),
  attributes: z.array(hsdsAttribute).max(20).optional(),
});

const hsdsOrganizationList = z.object({
  id: uuid,
  name: plainText(150).pipe(z.string().min(1)),
  alternate_name: plainText(150).optional(),
  description: plainText(4000),
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
});

export const hsdsOrganization = hsdsOrganizationList.extend({
  phones: z.array(hsdsPhone).max(10).optional(),
  contacts: z.array(hsdsContact).max(200).optional(),
  locations: z.array(hsdsLocation).max(500).optional(),
  attributes: z.array(hsdsAttribute).max(20).optional(),
});

export const hsdsServiceAtLocation = z.object({
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  description: plainText(1000).optional(),
  schedules: z.array(hsdsSchedule).max(50).optional(),
});

const hsdsServiceList = z.object({
  id: uuid,
  organization_id: uuid,
  name: plainText(150).pipe(z.string().min(1)),
  alternate_name: plainText(150).optional(),
  description: plainText(4000).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  email: z.email().optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  fees_description: plainText(500).optional(),
  eligibility_description: plainText(1000).optional(),
  application_process: plainText(1000).optional(),
  assured_date: date.optional(),
  last_modified: z.iso.datetime().optional(),
});

export const hsdsService = hsdsServiceList.extend({
  phones: z.array(hsdsPhone).max(10).optional(),
  schedules: z.array(hsdsSchedule).max(50).optional(),
  service_areas: z
    .array(z.object({ id: uuid, service_id: uuid.optional(), name: plainText(1000), extent_type: z.string().max(50).optional() }))
    .max(60)
    .optional(),
  service_at_locations: z.array(hsdsServiceAtLocation).max(100).optional(),
  languages: z
    .array(
      z.object({
        id: uuid,
        service_id: uuid.optional(),
        name: plainText(100).optional(),
        code: z.string().regex(/^[a-z]{2,3}$/, 'validation.choice'),
      }),
    )
    .max(30)
    .optional(),
  cost_options: z
    .array(
      z.object({
        id: uuid,
        service_id: uuid.optional(),
        /** `free`, `amount` or `ask` in this portal's export; in HSDS 3 any words ("Under 18s"). */
        option: plainText(500).optional(),
        currency: z.string().max(3).optional(),
        amount: z.number().min(0).max(100000).optional(),
        amount_description: plainText(500).optional(),
      }),
    )
    .max(1)
    .optional(),
  attributes: z.array(hsdsAttribute).max(60).optional(),
  organization: hsdsOrganizationList.optional(),
});

export const hsdsTaxonomy = z.object({ id: uuid, name: z.string(), description: z.string(), version: z.string().optional() });
export const hsdsTaxonomyTerm = z.object({
  id: uuid,
  code: z.string().optional(),
  name: z.string(),
  description: z.string(),
  parent_id: uuid.optional(),
  taxonomy: z.string().optional(),
  taxonomy_id: uuid.optional(),
  language: z.string().optional(),
});

/** A full export of a district, and what an import reads. */
export const hsdsDocument = z.object({
  hsds_version: z.literal('3.0', 'guide.import.version'),
  taxonomies: z.array(hsdsTaxonomy).max(100).optional(),
  taxonomy_terms: z.array(hsdsTaxonomyTerm).max(2000).optional(),
  organizations: z.array(hsdsOrganization).max(20000),
  /** Places of no organisation. */
  locations: z.array(hsdsLocation).max(20000).optional(),
  services: z.array(hsdsService).max(50000),
});

export type HsdsAttribute = z.infer<typeof hsdsAttribute>;
export type HsdsPhone = z.infer<typeof hsdsPhone>;
export type HsdsSchedule = z.infer<typeof hsdsSchedule>;
export type HsdsContact = z.infer<typeof hsdsContact>;
export type HsdsLocation = z.infer<typeof hsdsLocation>;
export type HsdsOrganization = z.infer<typeof hsdsOrganization>;
export type HsdsService = z.infer<typeof hsdsService>;
export type HsdsServiceAtLocation = z.infer<typeof hsdsServiceAtLocation>;
export type HsdsDocument = z.infer<typeof hsdsDocument>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });

export const idParams = z.object({ id: uuid });
