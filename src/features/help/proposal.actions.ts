import { hashToken, looksLikeToken } from '../../platform/auth/tokens.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { answerProposal, expiredOpenProposals, findProposalByToken, type Proposal } from './proposals.repository.ts';
import { findRequest, type HelpRequest } from './requests.repository.ts';
import { allOrNothing, applyStep, Refused, type Step, type StepResult } from './steps.ts';

export type ProposalLink =
  | { state: 'valid'; proposal: Proposal; request: HelpRequest }
  | { state: 'unknown' | 'used' | 'expired' | 'closed'; proposal?: Proposal; request?: HelpRequest };

/** What a proposal stands for now: answerable once, until it expires, while the request waits for it. */
export function proposalState(proposal: Proposal, request: HelpRequest, now: Date): ProposalLink {
  if (proposal.answer === 'cancelled') return { state: 'closed', proposal, request };
  if (proposal.answer !== null) return { state: 'used', proposal, request };
  if (now.getTime() >= Date.parse(proposal.expiresAt)) return { state: 'expired', proposal, request };
  if (request.status !== 'matching' || request.openProposalId !== proposal.id) return { state: 'closed', proposal, request };
  return { state: 'valid', proposal, request };
}

/** What an e-mailed proposal link stands for now. */
export async function openProposalLink(db: DbOrTx, token: string, now: Date): Promise<ProposalLink> {
  const proposal = looksLikeToken(token) ? await findProposalByToken(db, hashToken(token)) : undefined;
  const request = proposal && (await findRequest(db, proposal.requestId));
  if (proposal === undefined || request === undefined) return { state: 'unknown' };
  return proposalState(proposal, request, now);
}

type Link = { proposal: Proposal; request: HelpRequest };

/**
 * The volunteer's answer, once: the request's step first, then the proposal, the order
 * every step locks them in, so two people acting at once never deadlock.
 */
function answerLink(
  db: DbOrTx,
  link: Link,
  answer: 'accepted' | 'declined',
  step: Omit<Step, 'request' | 'proposalId'>,
): Promise<StepResult> {
  return allOrNothing(db, async (trx) => {
    const request = await applyStep(trx, { ...step, request: link.request, proposalId: link.proposal.id });
    if (!(await answerProposal(trx, link.proposal.id, answer, step.now.toISOString(), step.note ?? null)))
      throw new Refused('help.refusal.linkUsed');
    return { ok: true as const, request };
  });
}

/** The volunteer says yes: the request is matched to them, only if it still waits for them. */
export function acceptProposal(db: DbOrTx, link: Link, actorId: string | null, now: Date): Promise<StepResult> {
  const set = { volunteer_id: link.proposal.volunteerId, open_proposal_id: null };
  return answerLink(db, link, 'accepted', { action: 'accept', actorId, now, set });
}

/** The volunteer says no (perhaps with a reason): the coordinator can propose someone else. */
export function declineProposal(db: DbOrTx, link: Link, actorId: string | null, note: string | null, now: Date): Promise<StepResult> {
  return answerLink(db, link, 'declined', { action: 'volunteerDecline', actorId, now, note, set: { open_proposal_id: null } });
}

/** Proposals nobody answered in time lapse, so the request is free for the next volunteer. */
export async function expireProposals(db: DbOrTx, now: Date): Promise<{ proposal: Proposal; request: HelpRequest }[]> {
  const lapsed: { proposal: Proposal; request: HelpRequest }[] = [];
  for (const proposal of await expiredOpenProposals(db, now.toISOString())) {
    const result = await allOrNothing(db, async (trx) => {
      const request = await findRequest(trx, proposal.requestId);
      const after =
        request?.openProposalId === proposal.id
          ? await applyStep(trx, {
              request,
              action: 'volunteerDecline',
              actorId: null,
              now,
              eventStep: 'proposal_expired',
              proposalId: proposal.id,
              set: { open_proposal_id: null },
            })
          : undefined;
      if (!(await answerProposal(trx, proposal.id, 'expired', now.toISOString()))) throw new Refused('help.refusal.linkUsed');
      return { ok: true as const, request: after };
    });
    if (result.ok && result.request !== undefined) lapsed.push({ proposal, request: result.request });
  }
  return lapsed;
}
