import { z } from 'zod';
import { commitmentLetters, commitmentStatuses } from './partners.rules.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v ?? '');
const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());
const phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[+\d][\d\s-]*$|^$/, 'pact.field.phone.invalid')
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v));

export const districtParams = z.object({ district: z.string().max(60) });
export const partnerParams = districtParams.extend({ partner: z.string().max(60) });
export const requestParams = districtParams.extend({ request: z.string().max(60) });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const joinForm = z.object({
  organization: text(150),
  contactName: text(100),
  contactEmail: email,
  contactPhone: phone,
  addedValue: text(2000),
});

export const decisionForm = z.object({
  decision: z.enum(['approved', 'declined']),
  note: optionalText(1000),
});

export const contactForm = z.object({ name: text(100), email, phone });

export const commitmentBody = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  letter: z.enum(commitmentLetters),
  status: z.enum(commitmentStatuses),
  note: optionalText(500),
});

const status = z.enum(commitmentStatuses);
const note = optionalText(500);

/** The five commitments of one year in one form. */
export const commitmentsForm = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  a: status,
  b: status,
  c: status,
  d: status,
  e: status,
  note_a: note,
  note_b: note,
  note_c: note,
  note_d: note,
  note_e: note,
});

const contact = z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable();

const partnerResponse = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: z.string(),
  signedOn: z.string(),
  role: z.string(),
  contact: contact.optional(),
});
export const partnersResponse = z.array(partnerResponse);

export const commitmentsResponse = z.object({
  partner: z.string(),
  year: z.number(),
  commitments: z.array(
    z.object({ letter: z.enum(commitmentLetters), status: z.enum(commitmentStatuses), note: z.string(), evidence: z.boolean().nullable() }),
  ),
});

const joinRequestResponse = z.object({
  id: z.string(),
  organizationName: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  addedValue: z.string(),
  status: z.string(),
  createdAt: z.string(),
});
export const joinRequestsResponse = z.array(joinRequestResponse);
export const idResponse = z.object({ id: z.string() });
