import type { Updateable } from 'kysely';
import type { DbOrTx, Tables } from '../../platform/db/schema.ts';
import { releasesRequester, statusAfter, stepAllowed, type Action } from './lifecycle.rules.ts';
import { answerProposal } from './proposals.repository.ts';
import { findRequest, insertEvent, releaseRequesterKeys, updateRequestIf, type HelpRequest } from './requests.repository.ts';
import { inTransaction } from './transaction.ts';

export type StepResult = { ok: true; request: HelpRequest } | { ok: false; rule: string };

/** Thrown inside a step's transaction so that everything it wrote is rolled back. */
export class Refused extends Error {
  constructor(readonly rule: string) {
    super(rule);
  }
}

/** Runs a step all or nothing; a refusal inside becomes an answer, never half a change. */
export async function allOrNothing<T extends { ok: true }>(
  db: DbOrTx,
  work: (trx: DbOrTx) => Promise<T>,
): Promise<T | { ok: false; rule: string }> {
  try {
    return await inTransaction(db, work);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, rule: error.rule };
    throw error;
  }
}

export interface Step {
  request: HelpRequest;
  action: Action;
  actorId: string | null;
  now: Date;
  set?: Updateable<Tables['help_requests']>;
  note?: string | null;
  /** The timeline's word for the step, when it is not the action's own. */
  eventStep?: string;
  /** For steps on a proposal: the proposal that must still be the open one. */
  proposalId?: string;
}

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

async function whyNot(trx: DbOrTx, step: Step): Promise<string> {
  const now = await findRequest(trx, step.request.id);
  if (step.action === 'propose' && now?.openProposalId !== null) return 'help.refusal.alreadyProposed';
  return step.proposalId !== undefined ? 'help.refusal.requestClosed' : 'help.refusal.changedMeanwhile';
}

/** What the step writes: its own changes, the new status, and an open proposal that lapses when the request ends. */
function plan(step: Step) {
  const { request, action } = step;
  const status = statusAfter(action, request.status);
  const at = step.now.toISOString();
  const ends = releasesRequester(status) && !releasesRequester(request.status);
  const lapsing = ends && step.proposalId === undefined ? request.openProposalId : null;
  const changed = {
    ...step.set,
    status,
    ...(status === request.status ? {} : { status_at: at }),
    ...(lapsing === null ? {} : { open_proposal_id: null }),
  };
  const expected = { status: request.status, openProposalId: step.proposalId ?? (action === 'propose' ? null : undefined) };
  return { at, ends, lapsing, changed, expected };
}

/**
 * One step of the lifecycle inside the caller's transaction: checked against the rules of
 * the lifecycle, written only if nobody changed the request meanwhile, put on the timeline,
 * and, when the request ends, the requester is free to ask again and an open proposal lapses.
 */
export async function applyStep(trx: DbOrTx, step: Step): Promise<HelpRequest> {
  const { request, action } = step;
  const allowed = stepAllowed(action, request);
  if (!allowed.ok) throw new Refused(step.proposalId === undefined ? allowed.rule : 'help.refusal.requestClosed');
  const { at, ends, lapsing, changed, expected } = plan(step);
  if (!(await updateRequestIf(trx, request.id, expected, changed))) throw new Refused(await whyNot(trx, step));
  await insertEvent(trx, {
    requestId: request.id,
    districtId: request.districtId,
    at,
    step: step.eventStep ?? eventNames[action] ?? action,
    actorUserId: step.actorId,
    note: step.note ?? null,
  });
  if (ends) await releaseRequesterKeys(trx, request.id);
  if (lapsing !== null) await answerProposal(trx, lapsing, 'cancelled', at);
  const after = await findRequest(trx, request.id);
  if (after === undefined) throw new Refused('help.refusal.changedMeanwhile');
  return after;
}

/** A single step as a whole change. */
export function takeStep(db: DbOrTx, step: Step): Promise<StepResult> {
  return allOrNothing(db, async (trx) => ({ ok: true as const, request: await applyStep(trx, step) }));
}

/**
 * A step that must not be lost to a race, such as a resident withdrawing: when someone
 * changed the request meanwhile (a volunteer said yes at that moment), read it again and
 * apply the step to what it is now, as long as the lifecycle still allows it.
 */
export async function takeStepOnLatest(db: DbOrTx, requestId: string, build: (request: HelpRequest) => Step): Promise<StepResult> {
  for (let attempt = 0; ; attempt++) {
    const current = await findRequest(db, requestId);
    if (current === undefined) return { ok: false, rule: 'help.refusal.changedMeanwhile' };
    const result = await takeStep(db, build(current));
    if (result.ok || result.rule !== 'help.refusal.changedMeanwhile' || attempt >= 2) return result;
  }
}
