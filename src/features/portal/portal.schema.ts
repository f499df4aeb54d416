import { z } from 'zod';

const buurt = z.object({ id: z.string(), slug: z.string(), name: z.string() });

const districtSummary = z.object({ id: z.string(), slug: z.string(), name: z.string(), municipality: z.string() });

export const districtsResponse = z.array(districtSummary);
export const districtResponse = districtSummary.extend({ buurten: z.array(buurt) });
