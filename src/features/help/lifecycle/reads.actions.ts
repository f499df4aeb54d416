import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { HelpRequest } from './requests.repository.ts';

/** Someone other than the requester sees their name and how to reach them: that goes on the audit log. */
export function auditRequesterRead(trx: DbOrTx, ctx: ActionContext, help: HelpRequest): Promise<void> {
  return audit(trx, ctx, {
    action: 'help.personal_data.read',
    subjectType: 'help_request',
    subjectId: help.id,
    districtId: help.districtId,
  });
}

/** A page or the API shows a request with the requester's details. */
export function recordRequesterRead(ctx: ActionContext, help: HelpRequest): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await auditRequesterRead(trx, ctx, help);
    return success();
  });
}
