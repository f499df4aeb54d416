import { z } from 'zod';
import { checkbox, choice, email, list, optionalDate, optionalText, password, text } from '../../../platform/http/fields.ts';
import { talents, when } from '../../help/index.ts';
import { plainText } from '../../../platform/http/plain-text.ts';

const profile = {
  buurt: text(80, { required: 'cooperative.volunteer.buurtRequired' }),
  street: text(120, { required: 'cooperative.volunteer.streetRequired' }),
  talents: list(choice(talents), talents.length).refine((l) => l.length > 0, 'cooperative.volunteer.talentsRequired'),
  ...when,
  liability: checkbox,
  houseRules: checkbox,
};

/** Signed in: the profile and what is accepted. */
export const signUpForm = plainText(z.object(profile));
/** Not signed in: also a name, an address and a password for the account that comes with it. */
export const signUpWithAccountForm = plainText(
  z
    .object({ name: text(100), email: email('validation.required'), password: password(), passwordRepeat: password(), ...profile })
    .refine((v) => v.password === v.passwordRepeat, { message: 'cooperative.volunteer.passwordMismatch', path: ['passwordRepeat'] }),
);
export type SignUpInput = z.output<typeof signUpForm> & { account?: { name: string; email: string; password: string } };

export const intakeForm = plainText(
  z.object({ note: text(2000, { multiline: true }), vogDate: optionalDate(), decision: choice(['activate', 'hold']) }),
);
export type IntakeInput = z.output<typeof intakeForm>;

/** Which kinds of help ask a VOG of the volunteer; none ticked is a valid answer (no kind asks one). */
export const vogKindsForm = z.object({ talents: list(choice(talents), talents.length) });
export type VogKindsInput = z.output<typeof vogKindsForm>;

/** How long a VOG counts: 1–10 years or 1–120 months; left empty: no end. */
const maxAmount = { years: 10, months: 120 } as const;
export const vogValidityForm = z
  .object({ amount: optionalText(3), unit: choice(['years', 'months']) })
  .superRefine((v, issues) => {
    if (v.amount !== null && (!/^\d+$/.test(v.amount) || Number(v.amount) < 1 || Number(v.amount) > maxAmount[v.unit]))
      issues.addIssue({ code: 'custom', path: ['amount'], message: 'cooperative.vog.amountInvalid' });
  })
  .transform((v) => ({ months: v.amount === null ? null : Number(v.amount) * (v.unit === 'years' ? 12 : 1) }));
export type VogValidityInput = z.output<typeof vogValidityForm>;
