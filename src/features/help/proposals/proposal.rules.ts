import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import type { Proposal } from './proposals.repository.ts';

/** A volunteer has this long to answer a proposal before the coordinator can ask someone else. */
export const PROPOSAL_DAYS = 3;

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
