import { z } from 'zod';
import { checkbox, choice, email, integer, list, optionalChoice, optionalText, password, text } from '../../../platform/http/fields.ts';
import { talents } from '../../help/index.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { poolKinds } from './pools.rules.ts';

const profile = {
  kind: choice(poolKinds),
  buurt: text(80, { required: 'cooperative.pool.buurtRequired' }),
  talents: list(choice(talents), talents.length).refine((l) => l.length > 0, 'cooperative.pool.talentsRequired'),
  skills: optionalText(500, { multiline: true }),
  availability: text(300, { required: 'cooperative.pool.availabilityRequired' }),
};

/** The own profile (signed in): which pool-2 group, home buurt, talents, skills, when. */
export const profileForm = plainText(z.object(profile));
export type ProfileFormInput = z.output<typeof profileForm>;

/** Signing up without an account: also a name, an address and a password; the privacy notice is accepted. */
export const joinForm = plainText(z.object({ ...profile, privacy: checkbox }));
export const joinWithAccountForm = plainText(
  z
    .object({
      name: text(100),
      email: email('validation.required'),
      password: password(),
      passwordRepeat: password(),
      ...profile,
      privacy: checkbox,
    })
    .refine((v) => v.password === v.passwordRepeat, { message: 'cooperative.volunteer.passwordMismatch', path: ['passwordRepeat'] }),
);
export type JoinInput = z.output<typeof joinForm> & { account?: { name: string; email: string; password: string } };

export const standingForm = plainText(z.object({ status: choice(['active', 'paused', 'left']) }));
export type StandingInput = z.output<typeof standingForm>;

/** The coordinator's search: a talent, a buurt, a pool, and a page. */
export const searchQuery = z.object({
  talent: optionalChoice(talents),
  buurt: optionalText(80),
  pool: optionalChoice(['1', '2']),
  gepauzeerd: optionalChoice(['ja']),
  pagina: integer(1, 100_000).optional().default(1),
});
