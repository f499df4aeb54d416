import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';
import { organizationsActedFor } from '../question/access.rules.ts';

/**
 * Seed 000 §8: partners discuss casuistry in a multidisciplinary meeting (MDO) and never
 * share data about residents without consent. A professional convenes one for an
 * organisation that was asked to help on the question (a referral to it); they take part
 * for the organisations they act for that the meeting names.
 */
export function convenerOrganization(
  roles: readonly RoleAssignment[],
  districtId: string,
  referredOrganizationIds: readonly string[],
): string | null {
  return organizationsActedFor(roles, districtId).find((o) => referredOrganizationIds.includes(o)) ?? null;
}

/** The organisations of the meeting someone takes part for; none means they may not see it. */
export function takesPartFor(
  user: { id: string; roles: readonly RoleAssignment[] },
  meeting: { districtId: string; convenedBy: string; convenerOrganizationId: string; partnerIds: readonly string[] },
): string[] {
  const acting = organizationsActedFor(user.roles, meeting.districtId).filter((o) => meeting.partnerIds.includes(o));
  if (user.id === meeting.convenedBy && !acting.includes(meeting.convenerOrganizationId)) acting.push(meeting.convenerOrganizationId);
  return acting;
}
