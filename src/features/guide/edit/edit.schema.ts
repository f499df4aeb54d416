import { z } from 'zod';
import { centsOf, costKinds } from '../model/entries.rules.ts';
import { organizationKinds } from '../guide.tables.ts';
import { scheduleKinds } from '../model/schedule.rules.ts';

const noMarkup = (v: string | undefined) => v === undefined || !/<\s*\/?\s*[a-z!?]/i.test(v);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noMarkup, 'guide.text.noMarkup')
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v));
const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noMarkup, 'guide.text.noMarkup')
    .optional()
    .transform((v) => v ?? '');
const name = z.string().trim().min(1).max(150).refine(noMarkup, 'guide.text.noMarkup');
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v))
  .pipe(z.email().nullable());
const url = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v))
  .pipe(z.url({ protocol: /^https?$/, error: 'guide.url.invalid' }).nullable());
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'ja');
/** Several checkboxes with the same name arrive as a string or a list. */
const list = (max: number) =>
  z
    .union([z.string().max(80), z.array(z.string().max(80)).max(max)])
    .optional()
    .transform((v) => (v === undefined ? [] : [v].flat().filter((x) => x !== '')));
const id = z.string().regex(/^[0-9a-f-]{36}$/, 'validation.choice');

/** The one search box and its filters; filters that name unknown things are checked in the route. */
export const searchQuery = z.object({
  q: z.string().max(200, 'guide.search.tooLong').optional().default(''),
  buurt: z.string().max(80).optional(),
  thema: z.string().max(80).optional(),
  voorwie: z.string().max(80).optional(),
  gratis: z.literal('ja').optional(),
  open: z.literal('nu').optional(),
  toegankelijk: list(3).pipe(z.array(z.enum(['lichamelijk', 'financieel', 'welkom']))),
  soort: z.enum(['aanbod', 'plekken', 'organisaties']).optional(),
  pagina: z.coerce.number().int().min(1).max(500).optional().default(1),
});
export type SearchQuery = z.output<typeof searchQuery>;

const phoneNumber = optionalText(30).pipe(
  z
    .string()
    .regex(/^[0-9+ ()-]{6,30}$/, 'guide.phone.invalid')
    .nullable(),
);

export const organizationForm = z.object({
  phone: phoneNumber,
  name,
  alternateName: optionalText(150),
  kind: z.enum(organizationKinds),
  description: longText(4000),
  email,
  website: url,
});

export const locationForm = z.object({
  phone: phoneNumber,
  name,
  organizationId: id.optional().or(z.literal('').transform(() => undefined)),
  description: longText(4000),
  streetAddress: optionalText(150),
  postalCode: optionalText(10).pipe(
    z
      .string()
      .regex(/^\d{4} ?[A-Za-z]{2}$/, 'guide.postalCode.invalid')
      .nullable(),
  ),
  buurt: z.string().max(80).optional(),
  isMeetingPlace: checkbox,
  transportation: longText(1000),
  accessibilityDescription: longText(2000),
});

export const serviceForm = z
  .object({
    organizationId: id,
    phone: phoneNumber,
    name,
    alternateName: optionalText(150),
    description: longText(4000),
    url,
    email,
    active: checkbox,
    isInformal: checkbox,
    costKind: z.enum(costKinds),
    costAmount: z.string().trim().max(12).optional(),
    costDescription: longText(500),
    eligibilityDescription: longText(1000),
    applicationProcess: longText(1000),
    terms: list(40).pipe(z.array(id)),
    audiences: list(20).pipe(z.array(id)),
    buurten: list(40),
    languages: list(20).pipe(z.array(z.string().regex(/^[a-z]{2,3}$/, 'validation.choice'))),
    locations: list(40).pipe(z.array(id)),
  })
  .transform((v, ctx) => {
    const cents = v.costKind === 'amount' ? centsOf(v.costAmount ?? '') : null;
    if (v.costKind === 'amount' && cents === null)
      ctx.addIssue({ code: 'custom', path: ['costAmount'], message: 'guide.cost.amount.invalid' });
    return { ...v, costCents: cents };
  });

export const contactForm = z.object({
  contactName: name,
  contactTitle: optionalText(150),
  contactFor: z.string().trim().min(1).max(300).refine(noMarkup, 'guide.text.noMarkup'),
  contactEmail: email,
  contactPhone: phoneNumber,
  contactLocation: id.optional().or(z.literal('').transform(() => undefined)),
});

const optionalDate = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'guide.date.invalid')
      .nullable(),
  );
const optionalTime = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v));

export const scheduleForm = z.object({
  kind: z.enum(scheduleKinds),
  type: z.enum(['weekly', 'monthly', 'closed', 'changed']),
  days: list(7).pipe(z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']))),
  week: z.enum(['', '1', '2', '3', '4', '-1']).optional().default(''),
  interval: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(52).optional().default(1)),
  opensAt: optionalTime,
  closesAt: optionalTime,
  validFrom: optionalDate,
  validTo: optionalDate,
  note: longText(300),
});

const score = z.enum(['1', '2', '3']).transform(Number);
export const assessmentForm = z.object({
  assessedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'guide.date.invalid'),
  physicalScore: score,
  physicalRemarks: longText(1000),
  financialScore: score,
  financialRemarks: longText(1000),
  welcomeScore: score,
  welcomeRemarks: longText(1000),
});

export const expertForm = z.object({ userId: id, expert: checkbox });
