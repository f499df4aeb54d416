import { z } from 'zod';
import { choice, integer, list } from '../../../platform/http/fields.ts';
import { dayParts, days } from './time.rules.ts';

/** An empty select answers "not chosen", so the field's own message speaks (not "fill in a number of 15 or more"). */
export const unchosen = (v: unknown) => (v === '' ? undefined : v);

/** Estimated length in minutes, or `meer` for "longer than a service may take"; null when unknown. */
export const duration = z.preprocess(unchosen, z.union([z.literal('meer'), integer(15, 600)]).optional()).transform((v) => v ?? null);

/** The days and day parts that suit someone; none chosen is any time. */
export const when = { days: list(choice(days), days.length), parts: list(choice(dayParts), dayParts.length) };
