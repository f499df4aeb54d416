import { districtParams } from '../../../platform/api/openapi.ts';
import { z } from 'zod';
import { choice, email, integer, optionalPhone, optionalText, text } from '../../../platform/http/fields.ts';
import { commitmentLetters, commitmentStatuses } from './partners.rules.ts';

export const partnerParams = districtParams.extend({ partner: z.string().max(60) });
export const requestParams = districtParams.extend({ request: z.string().max(60) });

const year = integer(2000, 2100);
const status = choice(commitmentStatuses);
const note = optionalText(500);

export const joinForm = z.object({
  organization: text(150),
  contactName: text(100),
  contactEmail: email('validation.required'),
  contactPhone: optionalPhone(),
  addedValue: text(2000, { multiline: true }),
});
export type JoinInput = z.output<typeof joinForm>;

export const decisionForm = z.object({ decision: choice(['approved', 'declined']), note: optionalText(1000) });
export type DecisionInput = z.output<typeof decisionForm>;

export const contactForm = z.object({ name: text(100), email: email('validation.required'), phone: optionalPhone() });
export type ContactInput = z.output<typeof contactForm>;

/** One commitment of one year, as the API records it. */
export const commitmentBody = z.object({ year, letter: choice(commitmentLetters), status, note });

/** The five commitments of one year in one form. */
export const commitmentsForm = z.object({
  year,
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
  signedOn: z.string().nullable(),
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
