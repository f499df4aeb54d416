import { z } from 'zod';
import { choice, date, list, optionalChoice, optionalText, text, time } from '../../../platform/http/fields.ts';
import { actionStatuses, goalThemes, meetingKinds, meetingStatuses } from './meetings.rules.ts';

export const meetingForm = z
  .object({
    kind: choice(meetingKinds),
    theme: optionalChoice(goalThemes),
    title: optionalText(150),
    date: date('pact.meeting.date.required'),
    start: time('pact.meeting.start.required'),
    end: time('pact.meeting.end.required'),
    venue: text(60, { required: 'pact.meeting.venue.required' }),
    organizers: list(z.string().max(60), 50),
    description: optionalText(4000, { multiline: true }),
  })
  .refine((m) => m.kind !== 'goal' || m.theme !== null, { message: 'pact.meeting.theme.required', path: ['theme'] });
export type MeetingInput = z.output<typeof meetingForm>;

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
