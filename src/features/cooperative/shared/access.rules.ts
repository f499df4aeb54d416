import { hasRole, type Role, type RoleAssignment } from '../../../platform/auth/roles.rules.ts';

/** What someone may do in the cooperative of one district; every power stops at its border. */
export type CoopPower = 'board' | 'dailyBoard' | 'decisions' | 'coordinate';

const powers: Record<CoopPower, readonly Role[]> = {
  /** The general and the daily board see the register and record decisions. */
  board: ['general_board', 'daily_board'],
  /** Members read what the boards decided. */
  decisions: ['member', 'general_board', 'daily_board'],
  /** The daily board admits members. */
  dailyBoard: ['daily_board'],
  /** Coordinators run the pools and the intake of volunteers. */
  coordinate: ['coordinator', 'daily_board'],
};

export function mayInCooperative(roles: readonly RoleAssignment[], power: CoopPower, districtId: string): boolean {
  return hasRole(roles, powers[power], { districtId });
}
