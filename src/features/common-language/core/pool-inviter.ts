import type { ActionContext } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

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
