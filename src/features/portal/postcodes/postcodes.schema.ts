import { z } from 'zod';
import { optionalText, text } from '../../../platform/http/fields.ts';

/** The one field "postcode or street" (a GET form: looking up changes nothing). */
export const lookupQuery = z.object({
  zoek: optionalText(80),
});

/**
 * Administrators paste the CBS codes of the buurten (may stay empty: the stored codes are
 * kept) and the postcode table. Both fit in one form post (the app's form body limit).
 */
export const importForm = z.object({
  codes: optionalText(10_000, { multiline: true }),
  postcodes: text(200_000, { multiline: true }),
});
export type ImportInput = z.output<typeof importForm>;
