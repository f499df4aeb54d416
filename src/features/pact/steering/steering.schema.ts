import { z } from 'zod';
import { choice, date, integer, optionalEmail, optionalId, text } from '../../../platform/http/fields.ts';
import { seats } from './steering.rules.ts';

export const memberForm = z.object({
  seat: choice(seats),
  name: text(100),
  organization: optionalId,
  email: optionalEmail(),
  joinedOn: date(),
});
export type MemberInput = z.output<typeof memberForm>;

export const scheduleForm = z.object({
  from: z.string().regex(/^\d{4}-[12]$/, 'pact.steering.period.invalid'),
  terms: integer(1, 8),
});
export type ScheduleInput = z.output<typeof scheduleForm>;

export const memberParams = z.object({ district: z.string().max(60), member: z.string().max(60) });

const member = z.object({
  id: z.string(),
  seat: z.enum(seats),
  name: z.string(),
  organization: z.string().nullable(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

export const steeringResponse = z.object({
  members: z.array(member),
  /** null: the district has no steering seats of its own (a Thuis in je Wijk district). */
  maxMembers: z.number().nullable(),
  openSeats: z.array(z.object({ seat: z.enum(seats), open: z.number() })),
  chairSchedule: z.array(z.object({ period: z.string(), memberId: z.string(), name: z.string() })),
});
