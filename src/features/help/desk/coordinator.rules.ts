import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { buurtenWith, may, servicesWith, type Right } from '../../../platform/auth/rights.rules.ts';

/**
 * The buurten someone with the right covers in this district (the desk by default): all of
 * them, or the buurten of their assignments (a buurt assistant's buurt).
 */
export function coordinatorBuurten(user: CurrentUser | null, districtId: string, right: Right = 'help.desk'): 'all' | Set<string> {
  return buurtenWith(user?.roles ?? [], right, districtId);
}

/** The kinds of help whose requests someone follows up: all, or the service a coordinating volunteer coordinates. */
export function coordinatedKinds(user: CurrentUser | null, districtId: string): 'all' | Set<string> {
  return servicesWith(user?.roles ?? [], 'help.desk', districtId);
}

/** Whether this person follows up neighbour help in the buurt (and, when given, of this kind). */
export function coordinates(
  user: CurrentUser | null,
  districtId: string,
  buurtId: string,
  kind?: string,
  right: Right = 'help.desk',
): boolean {
  return user !== null && may(user.roles, right, { districtId, buurtId, ...(kind === undefined ? {} : { service: kind }) });
}
