import { z } from 'zod';
import { plainText } from '../../../platform/http/plain-text.ts';
import { optionalDate, optionalText, text } from '../../../platform/http/fields.ts';

/** One platform or app the steering group chose. The link and the date may stay empty: then they are not known. */
export const platformForm = plainText(
  z.object({
    name: text(80),
    purpose: text(300, { multiline: true }),
    audience: text(120),
    link: optionalText(300),
    chosenOn: optionalDate(),
  }),
);
export type PlatformInput = z.output<typeof platformForm>;

export const platformsResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    purpose: z.string(),
    audience: z.string(),
    link: z.string().nullable(),
    /** YYYY-MM-DD; null when the date is not known. */
    chosenOn: z.string().nullable(),
  }),
);
