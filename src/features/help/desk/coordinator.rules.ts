import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';

/** The buurten a coordinator covers in this district: all of them, or the buurten of their assignments. */
export function coordinatorBuurten(user: CurrentUser | null, districtId: string): 'all' | Set<string> {
  const own = (user?.roles ?? []).filter((r) => r.role === 'coordinator' && (r.districtId === null || r.districtId === districtId));
  if (own.some((r) => r.buurtId === null)) return 'all';
  return new Set(own.flatMap((r) => (r.buurtId === null ? [] : [r.buurtId])));
}

/** Whether this person coordinates neighbour help in the buurt. */
export function coordinates(user: CurrentUser | null, districtId: string, buurtId: string): boolean {
  return user !== null && hasRole(user.roles, ['coordinator'], { districtId, buurtId });
}
