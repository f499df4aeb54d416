import { rolesWith } from '../../../platform/auth/rights.rules.ts';
import type { Role, RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/**
 * What someone may do in a district's pact. Seed 000 §6–7 and SPEC.md: the steering group
 * (regiegroep) decides, the pact coordinator prepares and follows up, partners' contact
 * persons take part and raise bottlenecks. Administrators may do everything.
 */
export interface PactAccess {
  /** See internal pages: bottlenecks, minutes, contact persons. */
  work: boolean;
  /** Raise a bottleneck. */
  raise: boolean;
  /** Plan meetings, keep minutes, draft the agenda, work on bottlenecks, keep figures. */
  coordinate: boolean;
  /** Keep Thuis in je Wijk's core team, action plan and work groups (the kwartiermaker, seed 003 §4). */
  actionPlan: boolean;
  /** Decide: adopt the agenda, admit partners, seats, escalated bottlenecks, targets. */
  steer: boolean;
  /** The partner organisation a partner contact speaks for, if any. */
  organizationId: string | null;
}

function holds(
  assignments: readonly RoleAssignment[],
  districtId: string,
  wanted: readonly Role[],
  wholeDistrict = false,
): RoleAssignment[] {
  return assignments.filter(
    (a) => wanted.includes(a.role) && (a.districtId === null || a.districtId === districtId) && (!wholeDistrict || a.buurtId === null),
  );
}

/**
 * The pact is the district's, so only district-wide assignments coordinate it: the
 * wijkpactcoördinator (annex VI) or a coordinator; the kwartiermaker keeps the action plan.
 */
export function pactAccess(assignments: readonly RoleAssignment[], districtId: string): PactAccess {
  const steer = holds(assignments, districtId, ['steering_member', 'administrator']).length > 0;
  const coordinate = steer || holds(assignments, districtId, rolesWith('pact.coordinate'), true).length > 0;
  const actionPlan = steer || holds(assignments, districtId, rolesWith('pact.action_plan'), true).length > 0;
  const contact = holds(assignments, districtId, ['partner_contact']);
  const work = actionPlan || contact.length > 0 || holds(assignments, districtId, ['professional', 'coordinator']).length > 0;
  return {
    work,
    raise: coordinate || contact.length > 0,
    coordinate,
    actionPlan,
    steer,
    organizationId: contact.find((a) => a.organizationId !== null)?.organizationId ?? null,
  };
}

export const noAccess: PactAccess = { work: false, raise: false, coordinate: false, actionPlan: false, steer: false, organizationId: null };
