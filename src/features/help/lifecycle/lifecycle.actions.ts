import type { Updateable } from 'kysely';
import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { recordAnswer } from '../proposals/proposals.repository.ts';
import { refuseRule } from '../shared/refusals.ts';
import { insertEvent } from './events.repository.ts';
import { releasesRequester, statusAfter, stepAllowed, type Action } from './lifecycle.rules.ts';
import { releaseRequesterKeys } from './requester-locks.repository.ts';
import { findRequest, updateRequestIf, type HelpRequest } from './requests.repository.ts';

/** One step on a request: what the step is, and what it writes besides the status. */
export interface Move {
  request: HelpRequest;
  action: Action;
  set?: Updateable<Tables['help_requests']>;
  note?: string | null;
  /** The timeline's word for the step, when it is not the action's own. */
  eventStep?: string;
  /** For steps on a proposal: the proposal that must still be the open one. */
  proposalId?: string;
}

/** Who takes a step, and when: from the action's context, or from a demo story. */
export interface Actor {
  actorId: string | null;
  now: Date;
}

export const actorOf = (ctx: ActionContext): Actor => ({ actorId: ctx.user?.id ?? null, now: ctx.now });

const eventNames: Partial<Record<Action, string>> = {
  check: 'checked',
  networkCheck: 'network_checked',
  propose: 'proposed',
  accept: 'matched',
  volunteerDecline: 'volunteer_declined',
  heardBack: 'heard_back',
  close: 'closed',
  withdraw: 'withdrawn',
  decline: 'declined',
  refer: 'referred',
  feePaid: 'fee_paid',
};

async function whyNot(trx: DbOrTx, move: Move): Promise<string> {
  const now = await findRequest(trx, move.request.id);
  if (move.action === 'propose' && now?.openProposalId !== null) return 'help.refusal.alreadyProposed';
  return move.proposalId !== undefined ? 'help.refusal.requestClosed' : 'help.refusal.changedMeanwhile';
}

/** What the step writes: its own changes, the new status, and an open proposal that lapses when the request ends. */
function plan(move: Move, at: string) {
  const { request, action } = move;
  const status = statusAfter(action, request.status);
  const ends = releasesRequester(status) && !releasesRequester(request.status);
  const lapsing = ends && move.proposalId === undefined ? request.openProposalId : null;
  const changed = {
    ...move.set,
    status,
    ...(status === request.status ? {} : { status_at: at }),
    ...(lapsing === null ? {} : { open_proposal_id: null }),
  };
  const expected = { status: request.status, openProposalId: move.proposalId ?? (action === 'propose' ? null : undefined) };
  return { ends, lapsing, changed, expected };
}

/**
 * One step of the lifecycle inside the caller's transaction: checked against the rules of
 * the lifecycle, written only if nobody changed the request meanwhile, put on the timeline,
 * and, when the request ends, the requester is free to ask again and an open proposal lapses.
 * A refusal is thrown (`refuse`), so the whole action it is part of is rolled back.
 */
export async function applyStep(trx: DbOrTx, move: Move, actor: Actor): Promise<HelpRequest> {
  const { request, action } = move;
  const allowed = stepAllowed(action, request);
  if (!allowed.ok) refuseRule(move.proposalId === undefined ? allowed.rule : 'help.refusal.requestClosed');
  const at = actor.now.toISOString();
  const { ends, lapsing, changed, expected } = plan(move, at);
  if (!(await updateRequestIf(trx, request.id, expected, changed))) refuseRule(await whyNot(trx, move));
  await insertEvent(trx, {
    requestId: request.id,
    districtId: request.districtId,
    at,
    step: move.eventStep ?? eventNames[action] ?? action,
    actorUserId: actor.actorId,
    note: move.note ?? null,
  });
  if (ends) await releaseRequesterKeys(trx, request.id);
  if (lapsing !== null) await recordAnswer(trx, lapsing, 'cancelled', at);
  const after = await findRequest(trx, request.id);
  if (after === undefined) refuseRule('help.refusal.changedMeanwhile');
  return after;
}

/** A step that is the whole use case: nothing but the step itself. */
export function takeStep(ctx: ActionContext, move: Move): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await applyStep(trx, move, actorOf(ctx));
    return success();
  });
}
