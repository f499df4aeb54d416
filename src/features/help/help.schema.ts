import { z } from 'zod';
import { declineReasons, referralKinds } from './lifecycle.rules.ts';
import { frequencies, talents } from './help.rules.ts';
import { reaches } from './ranking.rules.ts';
import { dayParts, days } from './time.rules.ts';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalText = (max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(max)
      .optional()
      .transform((v) => (v === undefined || v === '' ? null : v)),
  );
const requiredText = (max: number, code?: string) => z.string().trim().min(1, code).max(max);
/** Checkbox groups arrive as one value or a list. */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.enum(values)).max(values.length));
const checkbox = z.preprocess((v) => v === 'on' || v === 'ja', z.boolean());

const phone = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(30)
    .regex(/^\+?[\d\s()-]+$/, 'help.phone.invalid')
    .refine((v) => v.replace(/\D/g, '').length >= 10, 'help.phone.invalid')
    .optional()
    .transform((v) => v ?? null),
);
const email = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email())
    .optional()
    .transform((v) => v ?? null),
);

/** Estimated length in minutes, or `meer` for "longer than a service may take". */
const duration = z.preprocess(emptyToUndefined, z.union([z.literal('meer'), z.coerce.number().int().min(15).max(600)]).optional());

const requestFields = {
  name: requiredText(100),
  phone,
  email,
  buurt: requiredText(80, 'help.buurt.required'),
  street: optionalText(120),
  talent: z.enum(talents, 'help.talent.required'),
  what: requiredText(2000, 'help.what.required'),
  frequency: z.enum(frequencies),
  duration,
  days: listOf(days),
  parts: listOf(dayParts),
  wishedTime: optionalText(200),
  meetingPlace: optionalText(60),
};

/** A resident asking for help online, without an account. */
export const requestForm = z
  .object({ ...requestFields, consent: z.literal('ja', 'help.consent.required') })
  .refine((v) => v.phone !== null || v.email !== null, { message: 'help.reach.required', path: ['phone'] });

/** A coordinator recording a request on a resident's behalf: by phone or at the walk-in point. */
export const deskRequestForm = z
  .object({ ...requestFields, source: z.enum(['phone', 'walk_in']), consent: z.literal('ja', 'help.consent.toldRequired') })
  .refine((v) => v.phone !== null || v.email !== null || v.street !== null, { message: 'help.reachOrAddress.required', path: ['phone'] });

export const checkForm = z.object({
  talent: z.enum(talents, 'help.talent.required'),
  frequency: z.enum(frequencies),
  duration,
  meetingPlace: optionalText(60),
});

// Field names differ per form: one request page holds several forms, and field ids must be unique.
export const networkForm = z.object({ answer: z.enum(['nobody', 'network_can'], 'help.network.required'), networkNote: optionalText(500) });
export const proposeForm = z.object({ volunteer: requiredText(60) });
export const declineForm = z.object({ reason: z.enum(declineReasons, 'help.declineReason.required'), declineNote: optionalText(500) });
export const referForm = z.object({
  referKind: z.enum(referralKinds),
  referTo: requiredText(200, 'help.referTo.required'),
  referNote: optionalText(500),
});

/** Hours done, in quarters of an hour, and for an odd job whether the fee was paid. */
export const doneForm = z.object({
  minutes: z.coerce.number('help.minutes.required').int().min(15, 'help.minutes.required').max(600),
  feePaid: checkbox,
});

export const proposalAnswerForm = z.object({ answer: z.enum(['accept', 'decline']), note: optionalText(500) });

export const profileForm = z.object({
  buurt: requiredText(80, 'help.buurt.required'),
  street: requiredText(120, 'help.street.required'),
  talents: listOf(talents).refine((l) => l.length > 0, 'help.talents.required'),
  talentNote: optionalText(500),
  days: listOf(days),
  parts: listOf(dayParts),
  reach: z.enum(reaches),
  active: checkbox,
});

export const standingForm = z.object({ vogOnFile: checkbox, active: checkbox });

const cents = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().replace(',', '.') : v),
  z.coerce.number('validation.invalid').min(0).max(100),
);
export const rulesForm = z.object({
  cooperativeName: requiredText(120),
  schemeName: requiredText(60),
  oddJobFee: cents.transform((euros) => Math.round(euros * 100)),
  maxServiceMinutes: z.coerce.number().int().min(15).max(480),
  oneAtATime: checkbox,
  feedbackDays: z.coerce.number().int().min(1).max(60),
  reminderDays: z.coerce.number().int().min(0).max(30),
  networkCheckRequired: checkbox,
  vogRequiredForHomeVisits: checkbox,
  manyJobsCount: z.coerce.number().int().min(1).max(100),
  manyJobsDays: z.coerce.number().int().min(1).max(365),
  studentsForLongRunning: checkbox,
  studentDesk: optionalText(200),
  socialEntrepreneurs: optionalText(4000),
  contactPhone: optionalText(60),
  contactEmail: optionalText(254),
  walkIn: optionalText(300),
});
