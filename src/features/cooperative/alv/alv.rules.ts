/**
 * The ALV's rules (issue 12.3), pure: notice period, proxies, quorum and the tally of votes.
 * Seed 004 says the ALV is the highest body and that members take part in it; it names no
 * notice period, proxy limit or quorum, so the defaults are the (14 days, one
 * proxy each) and "no quorum required" until the cooperative sets one.
 */

import type { BoardFunction, Body } from '../board/board.rules.ts';

export interface AlvSettings {
  /** Days between sending the convocation and the meeting, at least. */
  noticeDays: number;
  /** Proxies one member may hold at one meeting. */
  maxProxies: number;
  /** Share (0–100) of the members that must be present or represented; 0 means no quorum is required. */
  quorumPercent: number;
}

export const defaultAlvSettings: AlvSettings = { noticeDays: 14, maxProxies: 1, quorumPercent: 0 };

export type Problem = { code: string; field: string; status: 409 | 422; params?: Record<string, number | string> } | null;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Convening is refused when the meeting is sooner than the notice period from now. */
export function refuseConvening(startsAt: Date, now: Date, settings: AlvSettings): Problem {
  if (startsAt.getTime() - now.getTime() < settings.noticeDays * DAY_MS)
    return { code: 'cooperative.alv.tooLate', field: 'date', status: 422, params: { days: settings.noticeDays } };
  return null;
}

/**
 * A meeting has started — proxies close, the door list and the votes open — when the chair
 * opened it, or from its starting time on.
 */
export const hasStarted = (alv: { startsAt: string; openedAt: string | null }, now: Date): boolean =>
  alv.openedAt !== null || new Date(alv.startsAt).getTime() <= now.getTime();

/** The chair may open the doors up to this long before the time in the convocation, not sooner. */
const OPEN_EARLY_MS = 12 * 60 * 60 * 1000;

export function refuseOpening(alv: { startsAt: string; openedAt: string | null }, now: Date): Problem {
  if (alv.openedAt !== null) return { code: 'cooperative.alv.open.already', field: '_form', status: 409 };
  if (new Date(alv.startsAt).getTime() - now.getTime() > OPEN_EARLY_MS)
    return { code: 'cooperative.alv.open.tooEarly', field: '_form', status: 409 };
  return null;
}

/**
 * Who on the board may do what for the ALV (role x action). Seed 004 gives the ALV to the
 * members and its running to the board; the issue gives convening to the secretary, with
 * the chair standing in. The kascommissie checks the board and convenes nothing.
 */
const alvActionFunctions = { convene: ['secretary', 'chair'] } as const satisfies Record<string, readonly BoardFunction[]>;
export type AlvBoardAction = keyof typeof alvActionFunctions;

export function mayOnBoard(action: AlvBoardAction, seats: readonly { body: Body; function: BoardFunction }[]): boolean {
  const allowed: readonly BoardFunction[] = alvActionFunctions[action];
  return seats.some((s) => s.body !== 'audit' && allowed.includes(s.function));
}

/** A member takes back the proxy they gave, as long as the meeting has not started. */
export function refuseWithdrawal(p: { gave: boolean; started: boolean }): Problem {
  if (p.started) return { code: 'cooperative.alv.proxy.withdrawStarted', field: '_form', status: 409 };
  if (!p.gave) return { code: 'cooperative.alv.proxy.noneGiven', field: '_form', status: 409 };
  return null;
}

export interface ProxyRequest {
  principalId: string;
  /** Undefined when the chosen holder is not a current member. */
  holderId: string | undefined;
  /** Whether the one giving it is a current member. */
  principalIsMember: boolean;
  started: boolean;
  /** The proxies already given for this meeting. */
  proxies: readonly { principalId: string; holderId: string }[];
  maxProxies: number;
}

/** A written proxy from one member to another, before the meeting starts, within the holder's limit. */
export function refuseProxy(p: ProxyRequest): Problem {
  if (p.started) return { code: 'cooperative.alv.proxy.started', field: '_form', status: 409 };
  if (!p.principalIsMember) return { code: 'cooperative.alv.proxy.principalNotMember', field: 'principal', status: 422 };
  if (p.holderId === undefined) return { code: 'cooperative.alv.proxy.notMember', field: 'holder', status: 422 };
  if (p.holderId === p.principalId) return { code: 'cooperative.alv.proxy.self', field: 'holder', status: 422 };
  if (p.proxies.some((x) => x.principalId === p.principalId))
    return { code: 'cooperative.alv.proxy.already', field: 'holder', status: 409 };
  // A holder cannot pass on a vote they hold, and who gave a proxy away holds none.
  if (p.proxies.some((x) => x.holderId === p.principalId)) return { code: 'cooperative.alv.proxy.holds', field: 'holder', status: 409 };
  if (p.proxies.some((x) => x.principalId === p.holderId))
    return { code: 'cooperative.alv.proxy.holderGave', field: 'holder', status: 409 };
  if (p.proxies.filter((x) => x.holderId === p.holderId).length >= p.maxProxies)
    return { code: 'cooperative.alv.proxy.full', field: 'holder', status: 409, params: { max: p.maxProxies } };
  return null;
}

/**
 * Members represented: a proxy counts when its holder came and its principal did not (a
 * principal who comes votes themselves).
 */
export function represented(present: ReadonlySet<string>, proxies: readonly { principalId: string; holderId: string }[]): string[] {
  return proxies.filter((p) => present.has(p.holderId) && !present.has(p.principalId)).map((p) => p.principalId);
}

export interface Quorum {
  members: number;
  present: number;
  represented: number;
  /** Members needed (present or represented); 0 when no quorum is required. */
  needed: number;
  met: boolean;
}

export function quorum(members: number, present: number, representedCount: number, settings: AlvSettings): Quorum {
  const needed = Math.ceil((members * settings.quorumPercent) / 100);
  return { members, present, represented: representedCount, needed, met: present + representedCount >= needed };
}

export const choices = ['for', 'against', 'abstained'] as const;
type Choice = (typeof choices)[number];

export interface Tally {
  votesFor: number;
  votesAgainst: number;
  votesAbstained: number;
}

export function tally(votes: readonly { choice: string }[]): Tally {
  const count = (c: Choice) => votes.filter((v) => v.choice === c).length;
  return { votesFor: count('for'), votesAgainst: count('against'), votesAbstained: count('abstained') };
}

/** An item is adopted when more voted for than against. */
export const isAdopted = (t: Tally): boolean => t.votesFor > t.votesAgainst;

/**
 * Who one member's vote is cast for: themselves and every principal whose proxy they hold
 * (and who did not come themselves). One member, one vote: nobody twice.
 */
export function votersFor(
  holderId: string,
  present: ReadonlySet<string>,
  proxies: readonly { principalId: string; holderId: string }[],
): string[] {
  return [
    holderId,
    ...represented(
      present,
      proxies.filter((p) => p.holderId === holderId),
    ),
  ];
}

/** Counts typed in by the secretary: not negative, some votes, and not more than may vote. */
export function refuseCounts(t: Tally, mayVote: number): Problem {
  const total = t.votesFor + t.votesAgainst + t.votesAbstained;
  if (total === 0) return { code: 'cooperative.alv.vote.noVotes', field: 'votesFor', status: 422 };
  if (total > mayVote) return { code: 'cooperative.alv.vote.tooMany', field: 'votesFor', status: 422, params: { max: mayVote } };
  return null;
}
