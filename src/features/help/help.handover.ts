import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { kinds } from './help.rules.ts';
import { submitHelpRequest } from './intake.actions.ts';
import { slotsFromText } from './time.rules.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

const handoverInput = z.object({
  districtId: z.string().min(1).max(60),
  buurtId: z.string().min(1).max(60),
  kind: z.enum(kinds),
  what: text(2000),
  requesterName: text(100),
  phone: optional(30),
  email: optional(254).pipe(z.email().nullable()),
  street: optional(120),
  wishedTime: optional(200),
  questionId: z.string().min(1).max(60),
  createdBy: z.string().max(60).nullable(),
});

/**
 * CONTRACT for the questions feature (issue 5): a question triaged as neighbour help becomes
 * a help request. The same house rules apply as on every other path; a refusal names a
 * catalog key (`help.rule.*` or `help.refusal.*`) that says the rule and what to do instead.
 * Pass a transaction to make it part of the question's own change.
 */
export async function createHelpRequestFromQuestion(
  db: DbOrTx,
  input: {
    districtId: string;
    buurtId: string;
    kind: 'service' | 'odd_job' | 'buddy';
    what: string;
    requesterName: string;
    phone: string | null;
    email: string | null;
    street: string | null;
    wishedTime: string | null;
    questionId: string;
    createdBy: string | null;
  },
  now: Date,
): Promise<{ ok: true; requestId: string } | { ok: false; rule: string }> {
  const parsed = handoverInput.safeParse(input);
  if (!parsed.success) return { ok: false, rule: 'help.refusal.incomplete' };
  const data = parsed.data;
  const result = await submitHelpRequest(
    db,
    {
      ...data,
      talent: null,
      frequency: 'once',
      estimatedMinutes: null,
      wishedSlots: slotsFromText(data.wishedTime),
      meetingPlaceId: null,
      source: 'question',
    },
    now,
  );
  return result.ok ? { ok: true, requestId: result.requestId } : result;
}
