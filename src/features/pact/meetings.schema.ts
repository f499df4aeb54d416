import { z } from 'zod';
import { actionStatuses } from './meeting-records.repository.ts';
import { goalThemes, meetingKinds, meetingStatuses } from './meetings.rules.ts';
import { manyOf } from './pact.forms.tsx';

const optional = <T extends string>(schema: z.ZodType<T>) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional()).transform((v) => (v === undefined ? null : v));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'pact.field.date.invalid');
const time = z.string().regex(/^\d{2}:\d{2}$/, 'pact.field.time.invalid');

export const meetingForm = z
  .object({
    kind: z.enum(meetingKinds),
    theme: optional(z.enum(goalThemes)),
    title: z
      .string()
      .trim()
      .max(150)
      .optional()
      .transform((v) => v ?? ''),
    date: z.string().min(1, 'pact.meeting.date.required').pipe(isoDate),
    start: z.string().min(1, 'pact.meeting.start.required').pipe(time),
    end: z.string().min(1, 'pact.meeting.end.required').pipe(time),
    venue: z.string().min(1, 'pact.meeting.venue.required').max(60),
    organizers: manyOf(z.string().max(60)),
    description: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .transform((v) => v ?? ''),
  })
  .refine((m) => m.kind !== 'goal' || m.theme !== null, { message: 'pact.meeting.theme.required', path: ['theme'] });

export const itemForm = z.object({ kind: z.enum(['agenda', 'decision']), text: z.string().trim().min(1).max(2000) });
export const recordForm = z.object({
  status: z.enum(meetingStatuses),
  minutes: z
    .string()
    .trim()
    .max(20000)
    .optional()
    .transform((v) => v ?? ''),
});
export const actionForm = z.object({
  description: z.string().trim().min(1).max(1000),
  owner: optional(z.string().max(60)),
  dueOn: z.string().min(1, 'pact.action.due.required').pipe(isoDate),
});
export const actionStatusForm = z.object({ status: z.enum(actionStatuses) });
export const attendanceForm = z.object({ present: manyOf(z.string().max(60), 200) });

export const meetingParams = z.object({ district: z.string().max(60), meeting: z.string().max(60) });
export const actionParams = meetingParams.extend({ action: z.string().max(60) });

const summary = z.object({
  id: z.string(),
  kind: z.enum(meetingKinds),
  theme: z.enum(goalThemes).nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(meetingStatuses),
  venue: z.object({ id: z.string(), name: z.string(), address: z.string() }),
  organizers: z.array(z.object({ partnerId: z.string(), name: z.string() })),
});

export const yearResponse = z.object({
  year: z.number(),
  meetings: z.array(summary),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});

export const meetingResponse = summary.extend({
  description: z.string(),
  agenda: z.array(z.string()),
  minutes: z.string().optional(),
  decisions: z.array(z.string()).optional(),
  actions: z
    .array(
      z.object({
        id: z.string(),
        description: z.string(),
        owner: z.string().nullable(),
        dueOn: z.string(),
        status: z.enum(actionStatuses),
      }),
    )
    .optional(),
  attendance: z.array(z.string()).optional(),
});

export const invitedResponse = z.object({ sent: z.number() });
