import { z } from 'zod';
import { choice, optionalText, text } from '../../../platform/http/fields.ts';
import { bottleneckActions, bottleneckStatuses } from './bottlenecks.rules.ts';

export const raiseForm = z.object({
  title: text(200, { required: 'pact.bottleneck.title.required' }),
  description: text(4000, { required: 'pact.bottleneck.description.required', multiline: true }),
});
export type RaiseInput = z.output<typeof raiseForm>;

export const stepForm = z.object({ action: choice(bottleneckActions), note: optionalText(4000, { multiline: true }) });
export type StepInput = z.output<typeof stepForm>;

export const bottleneckParams = z.object({ district: z.string().max(60), bottleneck: z.string().max(60) });

const bottleneck = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  raisedBy: z.string(),
  partner: z.string().nullable(),
  status: z.enum(bottleneckStatuses),
  raisedAt: z.string(),
  escalatedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  ageInDays: z.number(),
});

export const bottlenecksResponse = z.array(bottleneck);
export const bottleneckResponse = bottleneck.extend({
  history: z.array(z.object({ at: z.string(), by: z.string(), action: z.string(), note: z.string() })),
});
