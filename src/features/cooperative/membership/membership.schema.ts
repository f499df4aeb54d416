import { z } from 'zod';
import { checkbox, choice, email, optionalId, optionalPhone, optionalText, text } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { memberKinds } from './membership.rules.ts';

/** Anyone may apply, without an account: a resident, an organisation through a named representative, a local entrepreneur. */
export const applyForm = plainText(
  z.object({
    kind: choice(memberKinds),
    name: text(100),
    organization: optionalText(150),
    email: email('validation.required'),
    phone: optionalPhone(),
    buurt: optionalId,
    motivation: optionalText(1000, { multiline: true }),
  }),
);
export type ApplyInput = z.output<typeof applyForm>;

/** The daily board admits or declines; a decline always says why. */
export const decisionForm = plainText(z.object({ decision: choice(['admitted', 'declined']), reason: optionalText(1000) }));
export type DecisionInput = z.output<typeof decisionForm>;

/** A member ends their own membership; the box makes sure it is meant. */
export const endForm = plainText(z.object({ sure: checkbox, reason: optionalText(500) }));
export type EndInput = z.output<typeof endForm>;
