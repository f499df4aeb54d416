/**
 * Seed 000, "Ondertekening": each signatory can be held to
 * a) one contact person for the district's cooperation, b) co-organising a district meeting,
 * c) shaping and realising (parts of) the wijkagenda, d) staff attending the four joint
 * district meetings, e) informing staff about the agreements and meetings.
 */
export const commitmentLetters = ['a', 'b', 'c', 'd', 'e'] as const;
export type CommitmentLetter = (typeof commitmentLetters)[number];

export const commitmentStatuses = ['open', 'met', 'not_met'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export interface PartnerYear {
  hasContact: boolean;
  /** District meetings (broad or goal-oriented) this partner co-organised this year. */
  coOrganised: number;
  /** Agenda projects of this year that this partner co-owns. */
  projectsOwned: number;
  /** The four joint district meetings held this year, and how many this partner attended. */
  jointMeetingsHeld: number;
  jointMeetingsAttended: number;
}

/** What the system itself shows about a–d; e happens inside the partner's own organisation. */
export function commitmentEvidence(year: PartnerYear): Record<CommitmentLetter, boolean | null> {
  return {
    a: year.hasContact,
    b: year.coOrganised > 0,
    c: year.projectsOwned > 0,
    d: year.jointMeetingsHeld === 0 ? null : year.jointMeetingsAttended >= year.jointMeetingsHeld,
    e: null,
  };
}

export type JoinRequestStatus = 'pending' | 'approved' | 'declined';

/** A request is decided once; a second decision is refused. */
export function refuseDecision(status: JoinRequestStatus): string | null {
  return status === 'pending' ? null : 'pact.join.alreadyDecided';
}
