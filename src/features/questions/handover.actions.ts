import { findBuurt } from '../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { createHelpRequestFromQuestion } from '../help/index.ts';
import { linkForMail, staffEvent, staffOf, transition, type ActionContext } from './actions.shared.ts';
import { shareable, whatMayTravel, type Travel } from './consent.rules.ts';
import { consentsOf } from './consents.repository.ts';
import { translatorFor } from './questions.i18n.ts';
import { mailResident, personOf } from './questions.mail.ts';
import type { Question } from './questions.repository.ts';
import type { HandOverInput } from './questions.schema.ts';
import { moveReferral, type Referral } from './referrals.repository.ts';

/** Thrown inside the transaction so a refusal by the help feature leaves the question as it was. */
class Refused extends Error {
  constructor(readonly rule: string) {
    super(rule);
  }
}

/** What may go to neighbour help now: the one consent rule, with neighbour help as the recipient. */
export async function travelToNeighbourHelp(ctx: ActionContext, question: Question): Promise<Travel> {
  const consents = await consentsOf(ctx.deps.database.db, question.id);
  return whatMayTravel(consents, { recipient: { kind: 'neighbour_help' }, now: ctx.deps.clock.now(), active: true });
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

type Result = { ok: true; requestId: string } | { ok: false; errors: FieldErrors };

/**
 * Triage outcome "neighbour help or a buddy" (SPEC C), or a professional's scale-down of
 * their referral (`previous`): the question becomes a help request under the cooperative's
 * house rules, in the same transaction as the question's own step.
 */
export async function handOver(ctx: ActionContext, question: Question, input: HandOverInput, previous?: Referral): Promise<Result> {
  const user = staffOf(ctx);
  const db = ctx.deps.database.db;
  const buurt = await findBuurt(db, question.districtId, input.buurt);
  if (buurt === undefined) return { ok: false, errors: { buurt: { code: 'validation.choice' } } };
  const now = ctx.deps.clock.now();
  const at = now.toISOString();
  const requester = requesterFor(question, await travelToNeighbourHelp(ctx, question), user);
  try {
    const { requestId, token } = await db.transaction().execute(async (trx) => {
      const help = await createHelpRequestFromQuestion(
        trx,
        {
          districtId: question.districtId,
          buurtId: buurt.id,
          kind: input.kind,
          what: input.what,
          ...requester,
          wishedTime: input.wishedTime ?? null,
          questionId: question.id,
          createdBy: user.id,
        },
        now,
      );
      if (!help.ok) throw new Refused(help.rule);
      await transition(trx, question, previous === undefined ? 'hand_over' : 'scale_down', at);
      if (previous !== undefined && !(await moveReferral(trx, previous.id, 'accepted', 'scaled_down', { closedAt: at })))
        throw new HttpProblem(409, 'questions.conflict');
      const kind = previous === undefined ? 'handed_over' : 'scaled_down';
      await staffEvent(
        trx,
        { questionId: question.id, at, kind, data: { helpRequestId: help.requestId, helpKind: input.kind }, forResident: true },
        user,
      );
      return { requestId: help.requestId, token: await linkForMail(trx, question, at) };
    });
    await mailResident(ctx, question, token, { key: 'questions.news.handedOver' });
    return { ok: true, requestId };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, errors: { _form: { code: error.rule } } };
    throw error;
  }
}
