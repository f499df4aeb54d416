/**
 * The query parameters of the HSDS 3 API reference (`schema/openapi.json` of Open
 * Referral), per endpoint. Each schema is strict: a parameter the reference names but this
 * portal does not support (`postcode`, `proximity`, `format=ndjson`), or one it does not
 * name, answers 400 saying so, rather than being silently ignored.
 */
import { z } from 'zod';
import { uuid } from './hsds.schema.ts';

const flag = z.enum(['true', 'false'], 'guide.hsds.boolean').transform((v) => v === 'true');

const paging = {
  page: z.coerce.number().int().min(1).max(100000).optional().default(1),
  per_page: z.coerce.number().int().min(1).max(200).optional().default(50),
  /** Only JSON pages: newline-delimited JSON (`ndjson`) is not offered. */
  format: z.literal('json', 'guide.hsds.formatJson').optional(),
  /** This portal's own addition: the open data of one district (`oost`). */
  district: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  search: z.string().max(200).optional(),
};

const byService = {
  organization_id: uuid.optional(),
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  modified_after: z.iso.datetime({ offset: true, message: 'guide.hsds.datetime' }).optional(),
  full: flag.optional(),
};

export const servicesQuery = z.strictObject({ ...paging, ...byService, minimal: flag.optional() });
export const serviceAtLocationsQuery = z.strictObject({ ...paging, ...byService });
export const organizationsQuery = z.strictObject({ ...paging, full: flag.optional(), full_service: flag.optional() });
export const organizationQuery = z.strictObject({ full_service: flag.optional() });
export const taxonomiesQuery = z.strictObject(paging);
export const taxonomyTermsQuery = z.strictObject({
  ...paging,
  taxonomy_id: uuid.optional(),
  parent_id: uuid.optional(),
  top_only: flag.optional(),
});
export const noQuery = z.strictObject({});

export type Paging = { page: number; per_page: number };
