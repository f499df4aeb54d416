import { z } from 'zod';
import { checkbox, choice, optionalEmail, optionalId, optionalPhone, optionalText, text } from '../../../platform/http/fields.ts';
import { coreAnswerFields } from '../../common-language/index.ts';
import { duration, when } from '../shared/help.schema.ts';
import { frequencies, talents } from '../shared/talents.rules.ts';

const requestFields = {
  name: text(100),
  // The pages say "met minstens 10 cijfers, zoals 06 12345678": the platform's check, in the feature's words.
  phone: optionalPhone({ invalid: 'help.phone.invalid' }),
  email: optionalEmail(),
  buurt: text(80, { required: 'help.buurt.required' }),
  street: optionalText(120),
  talent: choice(talents, 'help.talent.required'),
  what: text(2000, { required: 'help.what.required', multiline: true }),
  frequency: choice(frequencies),
  duration,
  ...when,
  wishedTime: optionalText(200),
  meetingPlace: optionalId,
};

/** The form's fields as the view reads their limits. */
export const requestLimits = z.object(requestFields);

/** Ticked, or the form says why it must be. */
const ticked = (message: string) => checkbox.refine((v) => v, message);

/** A resident asking for help online, without an account. */
export const requestForm = z
  .object({ ...requestFields, consent: ticked('help.consent.required') })
  .refine((v) => v.phone !== null || v.email !== null, { message: 'help.reach.required', path: ['phone'] });

/** A coordinator recording a request on a resident's behalf: by phone or at the walk-in point; "Het goede gesprek" with it. */
export const deskRequestForm = z
  .object({ ...requestFields, ...coreAnswerFields, source: choice(['phone', 'walk_in']), consent: ticked('help.consent.toldRequired') })
  .refine((v) => v.phone !== null || v.email !== null || v.street !== null, { message: 'help.reachOrAddress.required', path: ['phone'] });
