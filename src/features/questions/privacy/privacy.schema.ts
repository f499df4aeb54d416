import { z } from 'zod';
import { optionalEmail, optionalPhone } from '../../../platform/http/fields.ts';

/** One person, found by the e-mail address or the phone number they gave; at least one of them. */
export const privacySearchForm = z
  .object({ email: optionalEmail(), phone: optionalPhone() })
  .refine((v) => v.email !== null || v.phone !== null, { message: 'questions.privacy.searchNeeded', path: ['email'] });
export type PersonQuery = z.output<typeof privacySearchForm>;
