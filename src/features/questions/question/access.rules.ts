import { buurtenWith, may, rolesWith } from '../../../platform/auth/rights.rules.ts';
import { hasRole, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/**
 * Least privilege per role, district and buurt (SPEC: "least privilege per role and
 * district"). Those with the desk right (coordinator, wijkinformatiepunt, buurt assistant:
 * `questions.desk`) triage the questions of their buurt or of the whole district; a receiver sees only the referrals addressed to them.
 */

export function canTriage(roles: readonly RoleAssignment[], question: { districtId: string; buurtId: string | null }): boolean {
  return may(roles, 'questions.desk', { districtId: question.districtId, buurtId: question.buurtId });
}

/** Which questions a coordinator's list shows: all of the district, those of some buurten, or none. */
export function triageScope(roles: readonly RoleAssignment[], districtId: string): 'all' | string[] {
  const mine = buurtenWith(roles, 'questions.desk', districtId);
  return mine === 'all' ? 'all' : [...mine];
}

/** Volunteers at a walk-in point, partners and those who record conversations write questions down for residents. */
export function canRecordForResident(roles: readonly RoleAssignment[], districtId: string): boolean {
  return hasRole(roles, ['volunteer', 'partner_contact', ...rolesWith('conversation.record')], { districtId });
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
