import { inTransaction } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { ruleOf } from '../shared/refusals.ts';
import { slotsFromText } from '../shared/time.rules.ts';
import { admitRequest } from './admit.actions.ts';
import { handoverInput } from './handover.schema.ts';

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
  const request = {
    ...data,
    talent: null,
    frequency: 'once' as const,
    estimatedMinutes: null,
    wishedSlots: slotsFromText(data.wishedTime),
    meetingPlaceId: null,
    source: 'question' as const,
  };
  const admitted = await inTransaction(db, (trx) => admitRequest(trx, request, now));
  return admitted.ok ? { ok: true, requestId: admitted.value.requestId } : { ok: false, rule: ruleOf(admitted) };
}
