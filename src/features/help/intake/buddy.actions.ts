import type { DbOrTx } from '../../../platform/db/schema.ts';
import { ruleOf } from '../shared/refusals.ts';
import { admitRequest } from './admit.actions.ts';

/**
 * CONTRACT for the activiteitenagenda (issue 11.5): someone who registers for an activity
 * and would like someone to go with them gets a buddy (maatje) request in neighbour help,
 * under the same house rules as every other request. Runs in the caller's transaction.
 */
export async function requestBuddyForActivity(
  trx: DbOrTx,
  input: {
    districtId: string;
    buurtId: string;
    /** What the buddy is asked for: the activity, when and where, in words. */
    what: string;
    wishedTime: string;
    meetingPlaceId: string | null;
    requesterName: string;
    phone: string | null;
    email: string;
  },
  now: Date,
): Promise<{ ok: true; requestId: string } | { ok: false; rule: string }> {
  const admitted = await admitRequest(
    trx,
    {
      ...input,
      kind: 'buddy',
      talent: 'buddy',
      frequency: 'once',
      estimatedMinutes: null,
      wishedSlots: 0,
      street: null,
      questionId: null,
      source: 'activity',
      createdBy: null,
    },
    now,
  );
  return admitted.ok ? { ok: true, requestId: admitted.value.requestId } : { ok: false, rule: ruleOf(admitted) };
}
