/** Who can become a member (seed 004: residents and partners; the general board has residents and entrepreneurs). */
export const memberKinds = ['resident', 'organisation', 'entrepreneur'] as const;
export type MemberKind = (typeof memberKinds)[number];

export function isMemberKind(value: string): value is MemberKind {
  return (memberKinds as readonly string[]).includes(value);
}

export interface ApplicationFacts {
  kind: MemberKind;
  organization: string | null;
  /** Someone with this address is a member now. */
  alreadyMember: boolean;
  /** Someone with this address has an application waiting. */
  alreadyWaiting: boolean;
}

export type Problem = { code: string; field: string; status: 409 | 422 } | null;

/** An organisation or business is a member through a named person, so it needs its own name too. */
export function refuseApplication(facts: ApplicationFacts): Problem {
  if (facts.kind !== 'resident' && facts.organization === null)
    return { code: `cooperative.apply.organizationRequired.${facts.kind}`, field: 'organization', status: 422 };
  if (facts.alreadyMember) return { code: 'cooperative.apply.alreadyMember', field: 'email', status: 409 };
  if (facts.alreadyWaiting) return { code: 'cooperative.apply.alreadyWaiting', field: 'email', status: 409 };
  return null;
}

/** Only a waiting application is decided, and a decline names its reason. */
export function refuseDecision(status: string, decision: 'admitted' | 'declined', reason: string | null): Problem {
  if (status !== 'pending') return { code: 'cooperative.decision.alreadyDecided', field: 'decision', status: 409 };
  if (decision === 'declined' && reason === null) return { code: 'cooperative.decision.reasonRequired', field: 'reason', status: 422 };
  return null;
}

export interface MembershipDates {
  joinedOn: string;
  endedOn: string | null;
}

/** A member on a day: joined on or before it and not ended before it. */
export function memberOn(member: MembershipDates, day: string): boolean {
  return member.joinedOn <= day && (member.endedOn === null || member.endedOn > day);
}
