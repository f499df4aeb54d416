import { districtParams } from '../../../platform/api/openapi.ts';
import { z } from 'zod';
import { frequencies, kinds, talents } from '../shared/talents.rules.ts';
import { statuses } from '../lifecycle/lifecycle.rules.ts';
import { reaches } from '../matching/ranking.rules.ts';
import { dayParts, days } from '../shared/time.rules.ts';

export const requestParams = districtParams.extend({ id: z.string().min(1).max(60) });

export const rulesResponse = z.object({
  cooperativeName: z.string(),
  schemeName: z.string(),
  oddJobFeeCents: z.number().int(),
  maxServiceMinutes: z.number().int(),
  oneAtATime: z.boolean(),
  feedbackDays: z.number().int(),
  networkCheckRequired: z.boolean(),
  vogRequiredForHomeVisits: z.boolean(),
  manyJobsCount: z.number().int(),
  manyJobsDays: z.number().int(),
  studentsForLongRunning: z.boolean(),
  studentDesk: z.string(),
  liabilityNotice: z.string(),
});

const requestSummary = z.object({
  id: z.string(),
  status: z.enum(statuses),
  kind: z.enum(kinds),
  talent: z.enum(talents).nullable(),
  what: z.string(),
  buurtId: z.string(),
  createdAt: z.string(),
  feedbackDueAt: z.string(),
  heardBackAt: z.string().nullable(),
});
export const requestListQuery = z.object({ status: z.enum(statuses).optional() });
export const requestListResponse = z.array(requestSummary);

export const requestDetailResponse = requestSummary.extend({
  frequency: z.enum(frequencies),
  estimatedMinutes: z.number().int().nullable(),
  wishedSlots: z.number().int(),
  wishedTime: z.string().nullable(),
  meetingPlaceId: z.string().nullable(),
  requester: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable(), street: z.string().nullable() }),
  networkAnswer: z.string().nullable(),
  volunteerId: z.string().nullable(),
  feeRateCents: z.number().int(),
  minutesDone: z.number().int().nullable(),
  feeCents: z.number().int().nullable(),
  feePaid: z.boolean(),
  timeline: z.array(z.object({ at: z.string(), step: z.string() })),
});

const when = { days: z.array(z.enum(days)).max(7).default([]), parts: z.array(z.enum(dayParts)).max(3).default([]) };

export const createRequestBody = z.object({
  buurtId: z.string().min(1).max(60),
  talent: z.enum(talents),
  what: z.string().trim().min(1).max(2000),
  frequency: z.enum(frequencies).default('once'),
  estimatedMinutes: z.number().int().min(1).max(600).nullable().default(null),
  ...when,
  wishedTime: z.string().trim().max(200).nullable().default(null),
  meetingPlaceId: z.string().max(60).nullable().default(null),
  requesterName: z.string().trim().min(1).max(100),
  phone: z.string().trim().max(30).nullable().default(null),
  email: z.email().max(254).nullable().default(null),
  street: z.string().trim().max(120).nullable().default(null),
});
export const createdResponse = z.object({ id: z.string(), status: z.enum(statuses) });

export const candidatesResponse = z.array(
  z.object({ volunteerId: z.string(), name: z.string(), proximity: z.string(), score: z.number(), reasons: z.array(z.string()) }),
);
export const proposeBody = z.object({ volunteerId: z.string().min(1).max(60) });
export const proposedResponse = z.object({ id: z.string(), status: z.enum(statuses), expiresAt: z.string() });
export const doneBody = z.object({ minutes: z.number().int().min(1).max(600), feePaid: z.boolean().default(false) });
export const doneResponse = z.object({ id: z.string(), status: z.enum(statuses), feeCents: z.number().int() });

const volunteerPublic = z.object({
  id: z.string(),
  name: z.string(),
  buurtId: z.string(),
  talents: z.array(z.enum(talents)),
  availability: z.number().int(),
  reach: z.enum(reaches),
  active: z.boolean(),
  vogOnFile: z.boolean(),
});
export const volunteersResponse = z.array(volunteerPublic);
export const myProfileResponse = volunteerPublic.extend({
  street: z.string(),
  talentNote: z.string(),
  hoursPerYear: z.array(z.object({ year: z.number().int(), minutes: z.number().int(), count: z.number().int() })),
});
export const profileBody = z.object({
  buurtId: z.string().min(1).max(60),
  street: z.string().trim().min(1).max(120),
  talents: z.array(z.enum(talents)).min(1).max(talents.length),
  talentNote: z.string().trim().max(500).default(''),
  ...when,
  reach: z.enum(reaches),
  active: z.boolean().default(true),
});
