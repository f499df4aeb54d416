import { z } from 'zod';
import { email, optionalText } from '../../../platform/http/fields.ts';
import { password } from '../common/password.schema.ts';

export const signInForm = z.object({
  email: email('validation.required'),
  password,
  /** Where to go back to afterwards; only a path on this site is followed. */
  terug: optionalText(500),
});
