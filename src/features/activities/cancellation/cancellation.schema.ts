import { z } from 'zod';
import { text } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';

/** Cancelling: `all` or the start of one date, and the short reason residents read. */
export const cancelForm = plainText(
  z.object({
    what: text(40, { required: 'activities.cancelling.what.required' }),
    reason: text(300, { multiline: true, required: 'activities.cancelling.reason.required' }),
  }),
);
