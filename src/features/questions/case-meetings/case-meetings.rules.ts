import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';
import { isReceiver, organizationsActedFor } from '../question/access.rules.ts';

/**
 * Seed 000 §8: partners discuss casuistry in a multidisciplinary meeting (MDO) and never
 * share data about residents without consent. A professional convenes one for an
 * organisation that was asked to help on the question: they received one of its referrals
 * (as its named contact, or acting for the organisation). They take part for the
 * organisations they act for that the meeting names.
 */
export function convenerOrganization(
  user: { id: string; roles: readonly RoleAssignment[] },
  referrals: readonly { districtId: string; organizationId: string; contactUserId: string | null }[],
): string | null {
  return referrals.find((r) => isReceiver(user, r, r.contactUserId))?.organizationId ?? null;
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
