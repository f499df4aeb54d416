import { z } from 'zod';
import { choice, email, optionalId } from '../../../platform/http/fields.ts';
import { frequencies } from '../digest/digest.rules.ts';

/** Subscribe to the digest: an address, a buurt (or the whole district) and how often. No account. */
export const subscribeForm = z.object({
  email: email('subscriptions.form.email.required'),
  buurt: optionalId,
  frequency: choice(frequencies),
});
export type SubscribeInput = z.output<typeof subscribeForm>;
