import { linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import { findHouseRules } from '../house-rules/rules.repository.ts';
import { actorOf, applyStep, type Actor, type Move } from '../lifecycle/lifecycle.actions.ts';
import { auditRequesterRead } from '../lifecycle/reads.actions.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { mintStatusLink } from '../lifecycle/status-links.repository.ts';
import { answerMail, matchedMail } from '../shared/mails.ts';
import { refuseRule, ruleRefusal } from '../shared/refusals.ts';
import { findVolunteer, type Volunteer } from '../volunteers/volunteers.repository.ts';
import { recordAnswer, type Proposal } from './proposals.repository.ts';

export interface Link {
  proposal: Proposal;
  request: HelpRequest;
}

export type Answer = 'accepted' | 'declined' | 'expired';

const moves: Record<Answer, (link: Link, note: string | null) => Move> = {
  accepted: (link) => ({
    request: link.request,
    action: 'accept',
    proposalId: link.proposal.id,
    set: { volunteer_id: link.proposal.volunteerId, open_proposal_id: null },
  }),
  declined: (link, note) => ({
    request: link.request,
    action: 'volunteerDecline',
    proposalId: link.proposal.id,
    note,
    set: { open_proposal_id: null },
  }),
  expired: (link) => ({
    request: link.request,
    action: 'volunteerDecline',
    proposalId: link.proposal.id,
    eventStep: 'proposal_expired',
    set: { open_proposal_id: null },
  }),
};

/**
 * The answer to a proposal, once, inside the caller's transaction: the request's step first,
 * then the proposal, the order every step locks them in, so two people at once never deadlock.
 */
export async function answerStep(trx: DbOrTx, link: Link, answer: Answer, note: string | null, actor: Actor): Promise<HelpRequest> {
  const request = await applyStep(trx, moves[answer](link, note), actor);
  if (!(await recordAnswer(trx, link.proposal.id, answer, actor.now.toISOString(), note))) refuseRule('help.refusal.linkUsed');
  return request;
}

/**
 * The coordinator who proposed hears the answer (or that none came in time); on a yes the
 * requester hears that someone will come.
 */
async function tellAnswer(trx: DbOrTx, ctx: ActionContext, about: Link & { answer: Answer; note: string | null; volunteer: string }) {
  const { request, proposal } = about;
  const district = await findDistrictById(trx, request.districtId);
  const coordinator = proposal.proposedBy === null ? undefined : await findUserById(trx, proposal.proposedBy);
  if (district === undefined) return;
  if (coordinator && !coordinator.disabled) {
    const params = { volunteer: about.volunteer, link: linkFor(ctx, `/${district.slug}/hulp/balie/${request.id}`), note: about.note ?? '' };
    await queueMail(trx, ctx, { ...answerMail(coordinator.email, about.answer, params), districtId: district.id });
  }
  if (about.answer === 'accepted' && request.email !== null) {
    const scheme = (await findHouseRules(trx, district.id))?.schemeName ?? '';
    // The requester's own status page, by a link minted for this mail (the stored one is only a hash).
    const token = await mintStatusLink(trx, request.id, ctx.now);
    const params = { name: request.requesterName, scheme, link: linkFor(ctx, `/${district.slug}/hulp/status/${token}`) };
    await queueMail(trx, ctx, { ...matchedMail(request.email, params), districtId: district.id });
  }
}

/** The one-time link stands for the volunteer it was sent to: they act, signed in or not. */
function asVolunteer(ctx: ActionContext, volunteer: Volunteer): ActionContext {
  if (ctx.user?.id === volunteer.userId) return ctx;
  return { ...ctx, user: { id: volunteer.userId, email: volunteer.email, name: volunteer.name, roles: [] } };
}

/**
 * The volunteer says yes (the request is matched to them, and they now see who asked and
 * how to reach them) or no, perhaps with a reason (the coordinator can propose someone else).
 */
export function answerProposal(
  ctx: ActionContext,
  link: Link,
  volunteer: Volunteer,
  answer: { answer: 'accepted' | 'declined'; note: string | null },
): Promise<Outcome<HelpRequest>> {
  const as = asVolunteer(ctx, volunteer);
  return runAction(as, async (trx) => {
    const request = await answerStep(trx, link, answer.answer, answer.note, actorOf(as));
    await tellAnswer(trx, as, { ...link, request, ...answer, volunteer: volunteer.name });
    if (answer.answer === 'accepted') await auditRequesterRead(trx, as, request);
    return success(request);
  });
}

/** A proposal nobody answered in time lapses, so the request is free for the next volunteer. */
export function lapseProposal(ctx: ActionContext, proposal: Proposal): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const request = await findRequest(trx, proposal.requestId);
    if (request?.openProposalId !== proposal.id) {
      // The request moved on without it: the proposal only closes.
      return (await recordAnswer(trx, proposal.id, 'expired', ctx.now.toISOString())) ? success() : ruleRefusal('help.refusal.linkUsed');
    }
    const after = await answerStep(trx, { proposal, request }, 'expired', null, actorOf(ctx));
    const volunteer = await findVolunteer(trx, request.districtId, proposal.volunteerId);
    await tellAnswer(trx, ctx, { proposal, request: after, answer: 'expired', note: null, volunteer: volunteer?.name ?? '' });
    return success();
  });
}
