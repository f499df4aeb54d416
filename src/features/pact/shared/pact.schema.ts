import { z } from 'zod';

/** Parameters and answers every part of the pact's API shares. */
export const districtParams = z.object({ district: z.string().max(60) });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const idResponse = z.object({ id: z.string() });
