import { z } from 'zod';
import { districtParams } from '../../../platform/api/openapi.ts';
import { activityThemes } from './activity.rules.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');
const DAY_MS = 86_400_000;

/** The agenda's filters: buurt (its slug), theme, and Amsterdam dates from (on) and to (before); 25 activities a page. */
export const activitiesQuery = z
  .strictObject({
    buurt: z.string().max(80).optional(),
    theme: z.enum(activityThemes).optional(),
    from: day.optional(),
    to: day.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .refine(
    (q) =>
      q.from === undefined ||
      q.to === undefined ||
      (q.to > q.from && Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`) <= 366 * DAY_MS),
    { message: 'activities.api.range', path: ['to'] },
  );

export const activityParams = districtParams.extend({ activity: z.string().max(80) });

const date = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  /** Why this date does not go on; null when it does. */
  cancelled: z.string().nullable(),
});

export const activityResponse = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  description: z.string(),
  audience: z.string(),
  theme: z.enum(activityThemes),
  buurt: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  place: z.object({ id: z.string(), name: z.string(), address: z.string() }).nullable(),
  costCents: z.number().int(),
  organizer: z.string(),
  contact: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
  registration: z.boolean(),
  capacity: z.number().int().nullable(),
  status: z.enum(['published', 'cancelled']),
  cancelReason: z.string().nullable(),
  /** RFC 5545 RRULE; empty when it happens once. */
  rrule: z.string(),
  dates: z.array(date),
});

export const activitiesResponse = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pages: z.number().int(),
  activities: z.array(activityResponse),
});

export const registrationsResponse = z.array(
  z.object({
    id: z.string(),
    startsAt: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    wantsBuddy: z.boolean(),
    status: z.enum(['confirmed', 'waiting', 'cancelled']),
    createdAt: z.string(),
  }),
);
