/** Who may propose a project (seed 004: "bewoners & wijkpartners kunnen projecten aandragen"). */
export const proposerKinds = ['resident', 'partner'] as const;
export type ProposerKind = (typeof proposerKinds)[number];
/** What a project can ask for. */
export const needs = ['people', 'money', 'place'] as const;
export type Need = (typeof needs)[number];
export const proposalStatuses = ['pending', 'approved', 'declined'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export type Problem = { code: string; field: string; status: 409 | 422 } | null;

/** A proposal names at least one need; an amount of money only goes with the need for money. */
export function refuseProposal(p: { needs: readonly Need[]; moneyCents: number | null }): Problem {
  if (p.needs.length === 0) return { code: 'cooperative.proposal.needsRequired', field: 'needs', status: 422 };
  if (p.moneyCents !== null && !p.needs.includes('money'))
    return { code: 'cooperative.proposal.moneyWithoutNeed', field: 'money', status: 422 };
  return null;
}

/**
 * The board decides once; a decline always says why, and an approval needs more votes for
 * than against (a vote without a majority approves nothing).
 */
export function refuseProposalDecision(
  status: ProposalStatus,
  d: { decision: 'approved' | 'declined'; reason: string | null; votesFor: number; votesAgainst: number },
): Problem {
  if (status !== 'pending') return { code: 'cooperative.proposal.alreadyDecided', field: 'decision', status: 409 };
  if (d.decision === 'declined' && d.reason === null) return { code: 'cooperative.proposal.reasonRequired', field: 'reason', status: 422 };
  if (d.decision === 'approved' && d.votesFor <= d.votesAgainst)
    return { code: 'cooperative.proposal.noMajority', field: 'votesFor', status: 422 };
  return null;
}

/** Only an approved project that asks for people can call on the pools. */
export function refuseCall(p: { status: ProposalStatus; needs: readonly Need[] }): Problem {
  if (p.status !== 'approved') return { code: 'cooperative.call.notApproved', field: 'talent', status: 409 };
  if (!p.needs.includes('people')) return { code: 'cooperative.call.noPeopleNeeded', field: 'talent', status: 409 };
  return null;
}
