import { z } from 'zod';
import { choice, text } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { qaScopes } from './qa.rules.ts';

/** One question with its answer, for this district or for the whole city. */
export const qaForm = plainText(
  z.object({
    question: text(200),
    answer: text(2000, { multiline: true }),
    scope: choice(qaScopes),
  }),
);
export type QaInput = z.output<typeof qaForm>;

export const qaResponse = z.array(
  z.object({
    id: z.string(),
    question: z.string(),
    answer: z.string(),
    /** `district`: this district's own; `city`: for every Thuis in je Wijk district of the city. */
    scope: z.enum(qaScopes),
  }),
);
