import type { talents } from '../../help/index.ts';

/**
 * What people need help with, in the words of the guide's themes "Waar kan ik terecht met…"
 * (the meterkastkaart's kinds of question), so survey answers, help requests, volunteers'
 * talents and the guide's offers can all be counted on one list.
 */
export const needs = [
  'praktisch',
  'contact',
  'digitaal',
  'bewegen',
  'ontmoeten',
  'mantelzorg',
  'geld',
  'gezondheid',
  'opvoeden',
  'wonen',
  'meedoen',
] as const;
export type Need = (typeof needs)[number];

type Talent = (typeof talents)[number];
type HelpKind = 'service' | 'odd_job' | 'buddy';

/** Which needs a volunteer's talent answers (neighbour help's list of talents, seed 004). */
export const talentNeeds = {
  walk: ['contact', 'bewegen'],
  home_visit: ['contact'],
  groceries: ['praktisch'],
  waste: ['praktisch'],
  digital: ['digitaal'],
  repairs: ['praktisch'],
  garden: ['praktisch'],
  transport: ['praktisch', 'meedoen'],
  buddy: ['contact', 'ontmoeten'],
} as const satisfies Record<Talent, readonly Need[]>;

/** A help request the coordinator has not yet checked has a kind but no talent: its kind says the need. */
const kindNeeds: Record<HelpKind, Need> = { service: 'praktisch', odd_job: 'praktisch', buddy: 'contact' };

/** The needs one help request stands for: those of its talent, else that of its kind. */
export function needsOfRequest(request: { kind: string; talent: string | null }): readonly Need[] {
  if (request.talent !== null && request.talent in talentNeeds) return talentNeeds[request.talent as Talent];
  return request.kind in kindNeeds ? [kindNeeds[request.kind as HelpKind]] : [];
}

export interface GapInput {
  /** Per need, how many survey answers chose it. */
  surveyed: ReadonlyMap<string, number>;
  /** The buurt's help requests; `unmet` when declined or still waiting without a volunteer. */
  requests: readonly { kind: string; talent: string | null; unmet: boolean }[];
  /** The talents of each active volunteer of the buurt. */
  volunteers: readonly (readonly string[])[];
  /** Per need, how many of the guide's offers for the buurt have it as theme. */
  offers: ReadonlyMap<string, number>;
}

/** gap: asked for, nothing offered · unasked: offered, nobody asks · met: both · none: neither. */
type GapStatus = 'gap' | 'unasked' | 'met' | 'none';

export interface NeedRow {
  need: Need;
  surveyed: number;
  requests: number;
  unmet: number;
  volunteers: number;
  offers: number;
  demand: number;
  supply: number;
  status: GapStatus;
}

export interface Gap {
  rows: NeedRow[];
  /** Talents volunteers offer that no survey answer or request asks for. */
  unaskedTalents: { talent: Talent; volunteers: number }[];
}

const statusOf = (demand: number, supply: number): GapStatus =>
  demand > 0 ? (supply > 0 ? 'met' : 'gap') : supply > 0 ? 'unasked' : 'none';

/** Needs (survey answers and help requests, refused and unmatched ones too) against supply (volunteers and offers), per need. */
export function computeGap(input: GapInput): Gap {
  const rows = needs.map((need): NeedRow => {
    const asking = input.requests.filter((r) => needsOfRequest(r).includes(need));
    const volunteers = input.volunteers.filter((list) =>
      list.some((t) => t in talentNeeds && (talentNeeds[t as Talent] as readonly Need[]).includes(need)),
    ).length;
    const surveyed = input.surveyed.get(need) ?? 0;
    const offers = input.offers.get(need) ?? 0;
    const demand = surveyed + asking.length;
    const supply = volunteers + offers;
    return {
      need,
      surveyed,
      requests: asking.length,
      unmet: asking.filter((r) => r.unmet).length,
      volunteers,
      offers,
      demand,
      supply,
      status: statusOf(demand, supply),
    };
  });
  const demandOf = new Map(rows.map((r) => [r.need, r.demand]));
  const unaskedTalents = (Object.keys(talentNeeds) as Talent[])
    .map((talent) => ({ talent, volunteers: input.volunteers.filter((list) => list.includes(talent)).length }))
    .filter((t) => t.volunteers > 0 && talentNeeds[t.talent].every((need) => (demandOf.get(need) ?? 0) === 0));
  return { rows, unaskedTalents };
}
