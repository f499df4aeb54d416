import { needsVog, type HouseRules } from '../house-rules/house-rules.rules.ts';
import { talentFits, type Kind, type Talent } from '../shared/talents.rules.ts';
import { availabilityOverlaps } from '../shared/time.rules.ts';

/** How far a volunteer will go for a request. */
export const reaches = ['street', 'buurt', 'neighbours', 'district'] as const;
export type Reach = (typeof reaches)[number];

type Proximity = 'street' | 'buurt' | 'neighbour' | 'district';
const proximityOrder: readonly Proximity[] = ['district', 'neighbour', 'buurt', 'street'];
const reachCovers: Record<Reach, readonly Proximity[]> = {
  street: ['street'],
  buurt: ['street', 'buurt'],
  neighbours: ['street', 'buurt', 'neighbour'],
  district: proximityOrder,
};

export interface RankRequest {
  kind: Kind;
  talent: Talent | null;
  buurtId: string;
  /** Street name as `streetName` gives it, or null when unknown. */
  street: string | null;
  wishedSlots: number;
  neighbourIds: ReadonlySet<string>;
}

export interface Candidate {
  volunteerId: string;
  name: string;
  buurtId: string;
  street: string;
  talents: readonly Talent[];
  availability: number;
  reach: Reach;
  active: boolean;
  vogOnFile: boolean;
  currentServices: number;
  helpedBefore: boolean;
  /** Already said no to this request. */
  declined: boolean;
}

export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export interface RankedCandidate {
  volunteerId: string;
  name: string;
  score: number;
  proximity: Proximity;
  reasons: Reason[];
}

function proximityOf(request: RankRequest, candidate: Pick<Candidate, 'buurtId' | 'street'>): Proximity {
  if (candidate.buurtId === request.buurtId) return request.street !== null && candidate.street === request.street ? 'street' : 'buurt';
  return request.neighbourIds.has(candidate.buurtId) ? 'neighbour' : 'district';
}

function eligible(rules: HouseRules, request: RankRequest, c: Candidate, proximity: Proximity): boolean {
  if (!c.active || c.declined || !talentFits(request.kind, request.talent, c.talents)) return false;
  if (needsVog(rules, request.talent) && !c.vogOnFile) return false;
  return reachCovers[c.reach].includes(proximity);
}

function reasonsFor(request: RankRequest, c: Candidate, proximity: Proximity, available: boolean): Reason[] {
  const fitting = request.talent === null ? c.talents.filter((t) => talentFitsOne(request.kind, t)) : [request.talent];
  return [
    { key: 'help.reason.talent', params: { talents: fitting.join(',') } },
    { key: `help.reason.${proximity}` },
    { key: available ? 'help.reason.available' : 'help.reason.notAvailable' },
    { key: 'help.reason.load', params: { count: c.currentServices } },
    ...(c.helpedBefore ? [{ key: 'help.reason.continuity' }] : []),
  ];
}

const talentFitsOne = (kind: Kind, t: Talent) => talentFits(kind, null, [t]);

/**
 * Ranks the volunteers who may take this request: nearest first (same street > same buurt
 * > neighbouring buurt > district), then who is free at the wished time, who helped this
 * requester before, and who has fewer services now, so the load is spread. Each gets the
 * reasons in words for the coordinator, who decides.
 */
export function rankCandidates(rules: HouseRules, request: RankRequest, candidates: readonly Candidate[], limit = 10): RankedCandidate[] {
  const ranked: RankedCandidate[] = [];
  for (const c of candidates) {
    const proximity = proximityOf(request, c);
    if (!eligible(rules, request, c, proximity)) continue;
    const available = availabilityOverlaps(request.wishedSlots, c.availability);
    const score =
      proximityOrder.indexOf(proximity) * 1000 + (available ? 100 : 0) + (c.helpedBefore ? 50 : 0) - Math.min(c.currentServices, 9) * 10;
    ranked.push({ volunteerId: c.volunteerId, name: c.name, score, proximity, reasons: reasonsFor(request, c, proximity, available) });
  }
  ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl') || a.volunteerId.localeCompare(b.volunteerId));
  return ranked.slice(0, limit);
}
