import { hasRole, type Role, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/** What someone may do in the cooperative of one district; every power stops at its border. */
export type CoopPower = 'board' | 'dailyBoard' | 'decisions' | 'coordinate' | 'surveys' | 'paperEntry' | 'insight';

const powers: Record<CoopPower, readonly Role[]> = {
  /** The general and the daily board see the register and record decisions. */
  board: ['general_board', 'daily_board'],
  /** Members read what the boards decided. */
  decisions: ['member', 'general_board', 'daily_board'],
  /** The daily board admits members. */
  dailyBoard: ['daily_board'],
  /** Coordinators run the pools and the intake of volunteers. */
  coordinate: ['coordinator', 'daily_board'],
  /** Coordinators run the needs surveys (seed 004: every service starts with one). */
  surveys: ['coordinator', 'daily_board'],
  /** At a walk-in point the staff and buurt assistants type in the answers of paper forms. */
  paperEntry: ['coordinator', 'daily_board', 'information_point', 'buurt_assistant'],
  /** Survey results and the gap between needs and supply: coordinators, the boards and the steering group. */
  insight: ['coordinator', 'daily_board', 'general_board', 'steering_member', 'pact_coordinator'],
};

export function mayInCooperative(roles: readonly RoleAssignment[], power: CoopPower, districtId: string): boolean {
  return hasRole(roles, powers[power], { districtId });
}
