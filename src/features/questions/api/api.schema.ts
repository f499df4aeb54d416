import { districtParams } from '../../../platform/api/openapi.ts';
import { z } from 'zod';
import { integer } from '../../../platform/http/fields.ts';
import { consentStatuses, consentWays, dataItems } from '../consent/consent.rules.ts';
import { eventKinds } from '../question/events.repository.ts';
import { channels, contactMethods, outcomes, questionStatuses, urgencies } from '../question/question.rules.ts';
import { referralStatuses } from '../referrals/referral.rules.ts';

export const questionParams = districtParams.extend({ id: z.string().max(60) });
export const consentParams = questionParams.extend({ consentId: z.string().max(60) });
export const referralParams = districtParams.extend({ id: z.string().max(60) });
export const figuresQuery = z.object({ year: integer(2000, 2100).optional() });

export const askResponse = z.object({ reference: z.string(), statusUrl: z.string() });
export const okResponse = z.object({ ok: z.literal(true) });
export const createdResponse = z.object({ id: z.string() });

const referralSummary = z.object({
  contactName: z.string(),
  organizationName: z.string(),
  status: z.enum(referralStatuses),
  dueAt: z.string(),
});

export const questionListResponse = z.array(
  z.object({
    id: z.string(),
    reference: z.string(),
    buurt: z.string().nullable(),
    urgency: z.enum(urgencies),
    channel: z.enum(channels),
    status: z.enum(questionStatuses),
    outcome: z.enum(outcomes).nullable(),
    createdAt: z.string(),
    late: z.boolean(),
    awaitingStaff: z.boolean(),
    referral: referralSummary.nullable(),
  }),
);

/** The personal data a receiver may see; fields the consent does not cover are null. */
const shared = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  question: z.string().nullable(),
});

const travel = z.object({ personal: z.boolean(), items: z.array(z.enum(dataItems)), reason: z.string().nullable() });

const referral = z.object({
  id: z.string(),
  contactName: z.string(),
  organizationName: z.string(),
  summary: z.string(),
  formalCare: z.boolean(),
  status: z.enum(referralStatuses),
  createdAt: z.string(),
  dueAt: z.string(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  personalData: travel,
});

export const consentResponse = z.object({
  id: z.string(),
  status: z.enum(consentStatuses),
  organizationIds: z.array(z.string()),
  neighbourHelp: z.boolean(),
  items: z.array(z.enum(dataItems)),
  purpose: z.string(),
  how: z.enum(consentWays),
  recordedBy: z.string().nullable(),
  validUntil: z.string(),
  givenAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});

/** "Het goede gesprek" recorded with the question, for those who may see it on the web page; else null. */
const conversation = z.object({
  id: z.string(),
  answers: z.object({
    know: z.string().nullable(),
    achieve: z.string().nullable(),
    need: z.string().nullable(),
    self: z.string().nullable(),
    contribute: z.string().nullable(),
    talent: z.string().nullable(),
  }),
  invitedToPool: z.boolean(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const questionResponse = z.object({
  id: z.string(),
  reference: z.string(),
  text: z.string(),
  name: z.string().nullable(),
  contactBy: z.enum(contactMethods),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  street: z.string().nullable(),
  urgency: z.enum(urgencies),
  channel: z.enum(channels),
  status: z.enum(questionStatuses),
  outcome: z.enum(outcomes).nullable(),
  createdAt: z.string(),
  events: z.array(z.object({ at: z.string(), kind: z.enum(eventKinds), by: z.string().nullable(), text: z.string().nullable() })),
  referrals: z.array(referral),
  consents: z.array(consentResponse),
  conversation: conversation.nullable(),
});

export const inboxResponse = z.array(
  z.object({
    id: z.string(),
    reference: z.string(),
    urgency: z.string(),
    buurt: z.string().nullable(),
    status: z.enum(referralStatuses),
    createdAt: z.string(),
    late: z.boolean(),
  }),
);

export const receiverResponse = referral.extend({ reference: z.string(), urgency: z.enum(urgencies), resident: shared });

export const figuresResponse = z.array(
  z.object({
    key: z.string(),
    label: z.string(),
    unit: z.enum(['count', 'percent', 'hours', 'days']),
    value: z.number().nullable(),
    byMonth: z.array(z.number().nullable()).optional(),
  }),
);
