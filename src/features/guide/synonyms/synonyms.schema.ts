import { z } from 'zod';
import { optionalText } from '../../../platform/http/fields.ts';

/** A theme's everyday words as a coordinator types them: one a line or separated by commas; empty clears the list. */
export const synonymsForm = z.object({ woorden: optionalText(2000, { multiline: true }) });
export type SynonymsForm = z.output<typeof synonymsForm>;
