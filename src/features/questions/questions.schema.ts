import { z } from 'zod';
import { consentWays, dataItems } from './consent.rules.ts';
import { channels, contactMethods, urgencies } from './questions.rules.ts';

/** A question in the resident's own words may be long, but not endless. */
export const QUESTION_MAX = 4000;
const TEXT_MAX = 2000;

/** Empty form fields arrive as ''; they mean "not filled in". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const longText = (required: string, max: number, tooLong: string) => z.string().trim().min(1, required).max(max, tooLong);

/** Checkbox groups send one value as a string and several as an array. */
const list = <T extends string>(item: z.ZodType<T>) =>
  z.preprocess((v): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(item).max(200));

const phone = z
  .string()
  .trim()
  .max(30, 'questions.phone.invalid')
  .refine(
    (v) => /^\+?[\d\s().-]+$/.test(v) && v.replace(/\D/g, '').length >= 9 && v.replace(/\D/g, '').length <= 15,
    'questions.phone.invalid',
  );

const email = z.string().trim().toLowerCase().max(254).pipe(z.email('validation.email'));

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'questions.date.invalid')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v),
    'questions.date.invalid',
  );

const id = z.string().min(1).max(80);

export const askForm = z
  .object({
    text: longText('questions.text.required', QUESTION_MAX, 'questions.text.tooLong'),
    name: z.string().trim().min(1, 'questions.name.required').max(100),
    contactBy: z.enum(contactMethods, { message: 'questions.contactBy.required' }),
    phone: optional(phone),
    email: optional(email),
    street: optional(z.string().trim().max(200)),
    walkIn: optional(id),
    buurt: optional(z.string().max(80)),
    urgency: z.enum(urgencies, { message: 'questions.urgency.required' }),
    channel: optional(z.enum(channels)),
  })
  .superRefine((v, ctx) => {
    const needs = { phone: 'phone', email: 'email', visit: 'street', walk_in: 'walkIn' } as const;
    const field = needs[v.contactBy];
    if (v[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `questions.${field}.neededFor` });
  });
export type AskInput = z.output<typeof askForm>;

export const answerForm = z.object({ answer: longText('questions.answer.required', QUESTION_MAX, 'questions.text.tooLong') });
export const messageForm = z.object({ message: longText('questions.message.required', QUESTION_MAX, 'questions.text.tooLong') });

export const pointForm = z.object({
  entries: list(z.string().max(100)).refine((v) => v.length > 0, 'questions.point.noEntries'),
  note: optional(z.string().trim().max(TEXT_MAX)),
});

export const referForm = z.object({
  contact: z.string({ message: 'questions.refer.contact.required' }).min(1, 'questions.refer.contact.required').max(80),
  summary: longText('questions.refer.summary.required', TEXT_MAX, 'validation.tooBig.string'),
  formalCare: z.enum(['yes', 'no'], { message: 'questions.refer.formalCare.required' }),
});

export const consentForm = z.object({
  organizations: list(id),
  neighbourHelp: optional(z.literal('on')),
  items: list(z.enum(dataItems, { message: 'validation.choice' })).refine((v) => v.length > 0, 'questions.consent.noItems'),
  purpose: longText('questions.consent.purpose.required', 300, 'validation.tooBig.string'),
  how: z.enum(consentWays, { message: 'questions.consent.how.required' }),
  validUntil: day,
});
export type ConsentInput = z.output<typeof consentForm>;

/** Turning a question into a neighbour-help or buddy request (the help feature's kinds). */
export const handOverForm = z.object({
  kind: z.enum(['service', 'odd_job', 'buddy'], { message: 'questions.handOver.kind.required' }),
  buurt: z.string({ message: 'questions.handOver.buurt.required' }).min(1, 'questions.handOver.buurt.required').max(80),
  what: longText('questions.handOver.what.required', TEXT_MAX, 'validation.tooBig.string'),
  wishedTime: optional(z.string().trim().max(200)),
});
export type HandOverInput = z.output<typeof handOverForm>;

export const declineForm = z.object({ reason: longText('questions.decline.reason.required', TEXT_MAX, 'validation.tooBig.string') });
export const closeForm = z.object({ outcome: longText('questions.close.outcome.required', TEXT_MAX, 'validation.tooBig.string') });

export const privacySearchForm = z
  .object({ email: optional(email), phone: optional(phone) })
  .refine((v) => v.email !== undefined || v.phone !== undefined, { message: 'questions.privacy.searchNeeded', path: ['email'] });

export const listQuery = z.object({
  toon: optional(z.enum(['nieuw', 'doorverwezen', 'afgerond'])),
  zoek: optional(z.string().max(20)),
});
