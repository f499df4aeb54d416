import type { ActionContext } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Reach } from './core-answers.rules.ts';
import type { CoreAnswers } from './core-answers.schema.ts';

/**
 * The volunteer pool's door (neighbour help's `inviteToVolunteerPool`), handed in by whoever
 * wires the features together: the common language does not reach into neighbour help, which
 * itself holds the core questions in its intake form. Called inside the conversation's
 * transaction; answers the invitation's id.
 */
export type PoolInviter = (
  trx: DbOrTx,
  ctx: ActionContext,
  input: {
    districtId: string;
    districtSlug: string;
    buurtId: string | null;
    name: string;
    email: string | null;
    phone: string | null;
    contribute: string | null;
    talent: string | null;
  },
) => Promise<string>;

/**
 * The invitation when the resident agreed to one (else null), from any form that holds the
 * core questions: their talent and what they would like to contribute travel with it.
 */
export async function inviteIfAgreed(
  inviter: PoolInviter,
  trx: DbOrTx,
  ctx: ActionContext,
  agreed: boolean,
  to: { districtId: string; districtSlug: string; buurtId: string | null } & Reach,
  answers: Pick<CoreAnswers, 'contribute' | 'talent'>,
): Promise<string | null> {
  if (!agreed) return null;
  return inviter(trx, ctx, { ...to, name: to.name ?? '', contribute: answers.contribute, talent: answers.talent });
}
