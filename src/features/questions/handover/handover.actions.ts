import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt } from '../../../platform/geography/geography.repository.ts';
import { createHelpRequestFromQuestion } from '../../help/index.ts';
import { shareable, whatMayTravel, type Travel } from '../consent/consent.rules.ts';
import { consentsOf } from '../consent/consents.repository.ts';
import { personOf } from '../consent/receiver-view.ts';
import type { Question } from '../question/question.repository.ts';
import { conflict, staffEvent, staffOf, transition } from '../question/question.steps.ts';
import { mailResident } from '../question/resident.mail.ts';
import { translatorFor } from '../questions.i18n.ts';
import { moveReferral, type Referral } from '../referrals/referrals.repository.ts';
import type { HandOverInput } from './handover.schema.ts';

/** What may go to neighbour help now: the one consent rule, with neighbour help as the recipient. */
export async function travelToNeighbourHelp(db: DbOrTx, question: Question, now: Date): Promise<Travel> {
  return whatMayTravel(await consentsOf(db, question.id), { recipient: { kind: 'neighbour_help' }, now, active: true });
}

/**
 * The requester as neighbour help gets them: only what the consent allows. Without a way to
 * reach the resident, help reaches them through the coordinator, named in the address line.
 */
function requesterFor(question: Question, travel: Travel, coordinator: { name: string; email: string }) {
  const t = translatorFor('nl');
  const shared = shareable(personOf(question), travel);
  const reachable = shared.phone !== null || shared.email !== null || shared.address !== null;
  return {
    requesterName: shared.name ?? t('questions.handOver.anonymousName', { reference: question.reference }),
    phone: shared.phone,
    email: shared.email,
    street: shared.address ?? (reachable ? null : t('questions.handOver.viaCoordinator', coordinator)),
  };
}

/**
 * Triage outcome "neighbour help or a buddy" (SPEC C), or a professional's scale-down of
 * their referral (`previous`): the question becomes a help request under the cooperative's
 * house rules, in the same transaction as the question's own step. A house rule that
 * refuses is shown on the form, and nothing changes.
 */
export function handOver(ctx: ActionContext, question: Question, input: HandOverInput, previous?: Referral): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    const buurt = await findBuurt(trx, question.districtId, input.buurt);
    if (buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const at = ctx.now.toISOString();
    const requester = requesterFor(question, await travelToNeighbourHelp(trx, question, ctx.now), user);
    const help = await createHelpRequestFromQuestion(
      trx,
      {
        districtId: question.districtId,
        buurtId: buurt.id,
        kind: input.kind,
        what: input.what,
        ...requester,
        wishedTime: input.wishedTime,
        questionId: question.id,
        createdBy: user.id,
      },
      ctx.now,
    );
    if (!help.ok) return refusal(help.rule);
    await transition(trx, question, previous === undefined ? 'hand_over' : 'scale_down', at);
    if (previous !== undefined && !(await moveReferral(trx, previous.id, 'accepted', 'scaled_down', { closedAt: at }))) conflict();
    const kind = previous === undefined ? 'handed_over' : 'scaled_down';
    const data = { helpRequestId: help.requestId, helpKind: input.kind };
    await staffEvent(trx, { questionId: question.id, at, kind, data, forResident: true }, user);
    await mailResident(trx, ctx, question, { key: 'questions.news.handedOver' });
    return success(help.requestId);
  });
}
