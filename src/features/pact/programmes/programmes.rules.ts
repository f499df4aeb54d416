import { commitmentLetters, type CommitmentLetter } from '../partners/partners.rules.ts';
import { MAX_STEERING_MEMBERS } from '../steering/steering.rules.ts';

/**
 * The governance models a district can take part in. Seed 000 describes a district's own
 * wijkpact; seed 003 one city-wide programme, Thuis in je Wijk, with per district a core team;
 * the cooperative is modelled separately (issue 13), here only its kind.
 */
export const programmeKinds = ['wijkpact', 'thuis_in_je_wijk', 'cooperative'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

/** Seed 003 annex 3: the city-wide bodies of Thuis in je Wijk. */
export const bodyKinds = ['regiegroep', 'agendagroep', 'werkgroep', 'adviesgroep', 'bestuurders'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** What a district has of its own under a programme. */
type DistrictPart = 'steering_seats' | 'commitments' | 'core_team' | 'action_plan' | 'learning_meetings';

export interface GovernanceModel {
  /** `district`: each district holds its own; `city`: one programme for all its districts. */
  scope: 'district' | 'city';
  /** Seats of the district's steering group, and their limit; null: the district has none. */
  steering: { max: number } | null;
  /** What each signatory can be held to. */
  commitments: readonly CommitmentLetter[];
  /** Bodies held once at city level. */
  cityBodies: readonly BodyKind[];
  districtParts: readonly DistrictPart[];
  /** Whether the programme runs in periods that the steering group closes with an evaluation. */
  periods: boolean;
}

export const models: Readonly<Record<ProgrammeKind, GovernanceModel>> = {
  // Seed 000 §6 (regiegroep of at most 8), "Ondertekening" a–e, §9 (2022 tot en met 2024, then evaluated).
  wijkpact: {
    scope: 'district',
    steering: { max: MAX_STEERING_MEMBERS },
    commitments: commitmentLetters,
    cityBodies: [],
    districtParts: ['steering_seats', 'commitments'],
    periods: true,
  },
  // Seed 003 annex 1 and 3: a city-wide regiegroep (no limit given), bodies, and per district a core team with a kwartiermaker.
  thuis_in_je_wijk: {
    scope: 'city',
    steering: null,
    commitments: [],
    cityBodies: bodyKinds,
    districtParts: ['core_team', 'action_plan', 'learning_meetings'],
    periods: false,
  },
  // Issue 13 models the cooperative; until then it brings no seats, commitments or bodies.
  cooperative: { scope: 'district', steering: null, commitments: [], cityBodies: [], districtParts: [], periods: false },
};

/** The district's own steering seats come only from a wijkpact; a Thuis in je Wijk district has none. */
export function steeringOf(kinds: readonly ProgrammeKind[]): { max: number } | null {
  return kinds.map((k) => models[k].steering).find((s) => s !== null) ?? null;
}

/** Why a member cannot be added to the district's steering group at all, or null. */
export function refuseSeats(kinds: readonly ProgrammeKind[]): string | null {
  return steeringOf(kinds) === null ? 'pact.programme.noSeats' : null;
}

/** The commitments signatories of the district's programmes can be held to, each letter once. */
export function commitmentsOf(kinds: readonly ProgrammeKind[]): CommitmentLetter[] {
  return commitmentLetters.filter((l) => kinds.some((k) => models[k].commitments.includes(l)));
}

export function hasPart(kinds: readonly ProgrammeKind[], part: DistrictPart): boolean {
  return kinds.some((k) => models[k].districtParts.includes(part));
}

export interface SignatoryInDistrict {
  name: string;
  /** Its part in this district and its city-wide role; null where no seed says (shown as unknown, never invented). */
  districtRole: string | null;
  cityRole: string | null;
}

/** A city-wide signatory is held once and shown in each district it serves, with its roles there. */
export function signatoriesOfDistrict(
  signatories: readonly { id: string; name: string; role: string | null }[],
  served: readonly { signatoryId: string; districtId: string; role: string | null }[],
  districtId: string,
): SignatoryInDistrict[] {
  return signatories.flatMap((s) => {
    const here = served.find((d) => d.signatoryId === s.id && d.districtId === districtId);
    return here === undefined ? [] : [{ name: s.name, districtRole: here.role, cityRole: s.role }];
  });
}
