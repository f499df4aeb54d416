/** The roles of SPEC.md. Every assignment is scoped to a district (administrators may hold all). */
export const roles = [
  'resident',
  'volunteer',
  'coordinator',
  'professional',
  'partner_contact',
  'steering_member',
  'member',
  'general_board',
  'daily_board',
  'administrator',
] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export interface RoleAssignment {
  role: Role;
  /** null only for an administrator of every district. */
  districtId: string | null;
  /** null: the whole district. */
  buurtId: string | null;
  organizationId: string | null;
}

export interface Scope {
  districtId: string;
  buurtId?: string | null;
  organizationId?: string | null;
}

function covers(assignment: RoleAssignment, scope: Scope): boolean {
  if (assignment.districtId !== null && assignment.districtId !== scope.districtId) return false;
  if (assignment.buurtId !== null && scope.buurtId !== undefined && assignment.buurtId !== scope.buurtId) return false;
  if (assignment.organizationId !== null && scope.organizationId !== undefined && assignment.organizationId !== scope.organizationId) {
    return false;
  }
  return true;
}

/**
 * True when one of the assignments gives one of the wanted roles for this scope. A buurt
 * coordinator covers their buurt only when the scope names a buurt; asked about the
 * district as a whole (no buurt given) they still count, so lists can be narrowed later.
 */
export function hasRole(assignments: readonly RoleAssignment[], wanted: readonly Role[], scope: Scope): boolean {
  return assignments.some((a) => wanted.includes(a.role) && covers(a, scope));
}

/** The districts in which someone holds any role; `'all'` for a city-wide administrator. */
export function districtsOf(assignments: readonly RoleAssignment[]): 'all' | string[] {
  if (assignments.some((a) => a.districtId === null)) return 'all';
  return [...new Set(assignments.map((a) => a.districtId).filter((id): id is string => id !== null))];
}

/** Which roles an administrator may hand out; only a city-wide administrator creates administrators. */
export function assignableRoles(assignments: readonly RoleAssignment[], districtId: string): Role[] {
  if (!hasRole(assignments, ['administrator'], { districtId })) return [];
  const cityWide = assignments.some((a) => a.role === 'administrator' && a.districtId === null);
  return roles.filter((r) => r !== 'administrator' || cityWide);
}

export function scopeKey(a: Pick<RoleAssignment, 'role' | 'districtId' | 'buurtId' | 'organizationId'>): string {
  return [a.role, a.districtId ?? '*', a.buurtId ?? '*', a.organizationId ?? '*'].join(':');
}
