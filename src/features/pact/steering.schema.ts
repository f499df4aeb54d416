import { z } from 'zod';
import { seats } from './steering.rules.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'pact.field.date.invalid');

export const memberForm = z.object({
  seat: z.enum(seats),
  name: z.string().trim().min(1).max(100),
  organization: z
    .string()
    .max(60)
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.union([z.literal(''), z.email()]))
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  joinedOn: isoDate,
});

export const scheduleForm = z.object({
  from: z.string().regex(/^\d{4}-[12]$/, 'pact.steering.period.invalid'),
  terms: z.coerce.number().int().min(1).max(8),
});

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
  openSeats: z.array(z.object({ seat: z.enum(seats), open: z.number() })),
  chairSchedule: z.array(z.object({ period: z.string(), memberId: z.string(), name: z.string() })),
});
