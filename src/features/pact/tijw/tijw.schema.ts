import { z } from 'zod';
import { checkbox, choice, list, optionalText, text } from '../../../platform/http/fields.ts';
import { planStatuses } from './tijw.rules.ts';

const goals = list(z.coerce.number().int().min(1).max(5), 5).pipe(z.array(z.number()).min(1, 'pact.tijw.goals.required'));

export const coreMemberForm = z.object({ name: optionalText(100), organizationName: text(150), isQuartermaster: checkbox });
export const planActionForm = z.object({
  title: text(200),
  description: optionalText(2000, { multiline: true }),
  goals,
  owner: optionalText(200),
  status: choice(planStatuses),
});
export const workgroupForm = z.object({
  name: text(150),
  task: optionalText(1000, { multiline: true }),
  members: optionalText(1000, { multiline: true }),
});
export const longlistForm = z.object({
  title: text(200),
  description: optionalText(2000, { multiline: true }),
  partners: optionalText(1000),
  goals,
  newWayOfWorking: checkbox,
  partnersFromSeveralTracks: checkbox,
});

export const tijwResponse = z.object({
  coreTeam: z.array(z.object({ id: z.string(), name: z.string(), organizationName: z.string(), isQuartermaster: z.boolean() })),
  actionPlan: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      goals: z.array(z.number()),
      owner: z.string(),
      status: z.string(),
    }),
  ),
  workgroups: z.array(z.object({ id: z.string(), name: z.string(), task: z.string(), members: z.string() })),
  longlist: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      partners: z.string(),
      goals: z.array(z.number()),
      criteria: z.object({
        newWayOfWorking: z.boolean(),
        partnersFromSeveralTracks: z.boolean(),
        severalGoals: z.boolean(),
        fifthGoal: z.boolean(),
      }),
      eligible: z.boolean(),
    }),
  ),
});
