import { hasRole, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/**
 * Least privilege per role, district and buurt (SPEC: "least privilege per role and
 * district"). Coordinators triage the questions of their buurt (a buurt assistant) or of
 * the whole district; a receiver sees only the referrals addressed to them.
 */

export function canTriage(roles: readonly RoleAssignment[], question: { districtId: string; buurtId: string | null }): boolean {
  return hasRole(roles, ['coordinator'], { districtId: question.districtId, buurtId: question.buurtId });
}

/** Which questions a coordinator's list shows: all of the district, those of some buurten, or none. */
export function triageScope(roles: readonly RoleAssignment[], districtId: string): 'all' | string[] {
  const mine = roles.filter((r) => r.role === 'coordinator' && (r.districtId === null || r.districtId === districtId));
  if (mine.some((r) => r.buurtId === null)) return 'all';
  return mine.map((r) => r.buurtId).filter((b): b is string => b !== null);
}

/** Volunteers at a walk-in point, coordinators and professionals write questions down for residents. */
export function canRecordForResident(roles: readonly RoleAssignment[], districtId: string): boolean {
  return hasRole(roles, ['volunteer', 'coordinator', 'professional', 'partner_contact'], { districtId });
}

/** Organisations someone acts for in this district, through a role tied to that organisation. */
export function organizationsActedFor(roles: readonly RoleAssignment[], districtId: string): string[] {
  return roles
    .filter((r) => (r.role === 'professional' || r.role === 'partner_contact') && (r.districtId === null || r.districtId === districtId))
    .map((r) => r.organizationId)
    .filter((o): o is string => o !== null);
}

/** The receiver of a referral: the named contact's own account, or someone acting for that organisation. */
export function isReceiver(
  user: { id: string; roles: readonly RoleAssignment[] },
  referral: { districtId: string; organizationId: string },
  contactUserId: string | null,
): boolean {
  return contactUserId === user.id || organizationsActedFor(user.roles, referral.districtId).includes(referral.organizationId);
}
