/** The bodies of the cooperative (seed 004): general board (residents and entrepreneurs), daily board, kascommissie. */
export const bodies = ['general', 'daily', 'audit'] as const;
export type Body = (typeof bodies)[number];
export const functions = ['chair', 'secretary', 'treasurer', 'member'] as const;
export type BoardFunction = (typeof functions)[number];
/** Who takes a decision: one of the boards (the ALV's decisions are recorded with the ALV). */
export const decidingBodies = ['general', 'daily'] as const;

export interface Seat {
  memberId: string;
  body: Body;
  function: BoardFunction;
}

export type Problem = { code: string; field: string; status: 409 | 422 } | null;

/**
 * A new seat among the seats held now: each body has one chair, one secretary and one
 * treasurer; nobody sits twice in one body; and the kascommissie checks the board, so
 * nobody sits on both.
 */
export function refuseSeat(current: readonly Seat[], seat: Seat & { termStart: string; termEnd: string }): Problem {
  if (seat.termEnd <= seat.termStart) return { code: 'cooperative.board.termOrder', field: 'termEnd', status: 422 };
  if (seat.body === 'audit' && seat.function !== 'member')
    return { code: 'cooperative.board.auditFunction', field: 'function', status: 422 };
  const own = current.filter((s) => s.memberId === seat.memberId);
  if (own.some((s) => s.body === seat.body)) return { code: 'cooperative.board.alreadySeated', field: 'member', status: 409 };
  if (own.some((s) => (s.body === 'audit') !== (seat.body === 'audit')))
    return { code: 'cooperative.board.auditSeparate', field: 'member', status: 409 };
  if (seat.function !== 'member' && current.some((s) => s.body === seat.body && s.function === seat.function))
    return { code: 'cooperative.board.functionTaken', field: 'function', status: 409 };
  return null;
}

export interface Votes {
  votesFor: number;
  votesAgainst: number;
  votesAbstained: number;
}

/** A decision needs votes, a day that has been, and is adopted when more voted for than against. */
export function refuseDecisionRecord(votes: Votes, decidedOn: string, today: string): Problem {
  if (decidedOn > today) return { code: 'cooperative.decision.future', field: 'decidedOn', status: 422 };
  if (votes.votesFor + votes.votesAgainst + votes.votesAbstained === 0)
    return { code: 'cooperative.decision.noVotes', field: 'votesFor', status: 422 };
  return null;
}

export function isAdopted(votes: Votes): boolean {
  return votes.votesFor > votes.votesAgainst;
}
