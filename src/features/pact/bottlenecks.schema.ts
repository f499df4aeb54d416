import { z } from 'zod';
import { bottleneckActions, bottleneckStatuses } from './bottlenecks.rules.ts';

export const raiseForm = z.object({
  title: z.string().trim().min(1, 'pact.bottleneck.title.required').max(200),
  description: z.string().trim().min(1, 'pact.bottleneck.description.required').max(4000),
});

export const stepForm = z.object({
  action: z.enum(bottleneckActions),
  note: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .transform((v) => v ?? ''),
});

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
