import { z } from 'zod';
import { checkbox, integer } from '../../../platform/http/fields.ts';
import { unchosen } from '../shared/help.schema.ts';

/** Hours done, in quarters of an hour, and for an odd job whether the fee was paid. */
export const doneForm = z.object({
  minutes: z.preprocess(unchosen, integer(15, 600, 'help.minutes.required')),
  feePaid: checkbox,
});
