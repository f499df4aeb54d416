import { z } from 'zod';
import { plainText } from '../../../platform/http/plain-text.ts';
import { checkbox, email, optionalId, optionalPhone, text } from '../../../platform/http/fields.ts';

/** Registering without an account: which date, who, how to reach them, and whether they would like company. */
export const registrationForm = plainText(
  z.object({
    occurrence: z.string({ message: 'validation.choice' }).trim().min(1, 'validation.choice').max(40, 'validation.choice'),
    name: text(100, { required: 'activities.register.name.required' }),
    email: email('activities.register.email.required'),
    phone: optionalPhone(),
    buddy: checkbox,
    buurt: optionalId,
  }),
).refine((r) => !r.buddy || r.buurt !== null, { message: 'activities.register.buurt.required', path: ['buurt'] });
export type RegistrationInput = z.output<typeof registrationForm>;
