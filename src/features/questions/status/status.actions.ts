import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { insertEvent } from '../question/events.repository.ts';
import { setAwaitingStaff, type Question } from '../question/question.repository.ts';
import { transition } from '../question/question.steps.ts';
import { cancelOpenReferrals } from '../referrals/referrals.repository.ts';

/** The resident writes; a closed question goes back to a coordinator (a withdrawn one takes nothing more). */
export function residentMessage(ctx: ActionContext, question: Question, message: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const at = ctx.now.toISOString();
    if (question.status === 'closed') {
      await transition(trx, question, 'reopen', at);
      await insertEvent(trx, { questionId: question.id, at, kind: 'reopened', actorUserId: null, forResident: true });
    } else await transition(trx, question, 'message', at);
    await insertEvent(trx, { questionId: question.id, at, kind: 'resident_message', actorUserId: null, body: message, forResident: true });
    await setAwaitingStaff(trx, question.id, true, at);
    return success();
  });
}

/** The resident withdraws the question; referrals still open end with it. */
export function residentWithdraw(ctx: ActionContext, question: Question): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const at = ctx.now.toISOString();
    await transition(trx, question, 'withdraw', at);
    await cancelOpenReferrals(trx, question.id, at);
    await insertEvent(trx, { questionId: question.id, at, kind: 'withdrawn', actorUserId: null, forResident: true });
    return success();
  });
}
