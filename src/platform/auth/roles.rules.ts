/**
 * The roles of SPEC.md and the named functions of the seeds. Every assignment is scoped to a
 * district (administrators may hold all). The functions (seed 000 §7 and annex VI, seed 003
 * §4, seed 004) are distinct roles with their own rights (`rights.rules.ts`): the buurt
 * assistant (per buurt), wijkinformatiepunt staff, the wijkpactcoördinator (per district),
 * the kwartiermaker (per Thuis in je Wijk district) and the coordinating volunteer (per service).
 */
export const roles = [
  'resident',
  'volunteer',
  'coordinator',
  'professional',
  'partner_contact',
  'steering_member',
  /** Edits and publishes the district's news and stories (Oost voor Elkaar). */
  'editor',
  'member',
  'general_board',
  'daily_board',
  'administrator',
  'buurt_assistant',
  'information_point',
  'pact_coordinator',
  'kwartiermaker',
  'coordinating_volunteer',
  /** Seed 004 Wijkleerhuis / seed 000 §5 buurtcampus: coordinates the students who take on long-running needs. */
  'student_coordinator',
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
  /** The service (kind of neighbour help) a coordinating volunteer coordinates; absent or null: not tied to one. */
  service?: string | null;
}

export interface Scope {
  districtId: string;
  buurtId?: string | null;
  organizationId?: string | null;
  service?: string | null;
}

/** An assignment tied to one value (not null) covers a scope that names another value only when they are equal. */
function fits(held: string | null, asked: string | null | undefined): boolean {
  return held === null || asked === undefined || held === asked;
}

function covers(assignment: RoleAssignment, scope: Scope): boolean {
  if (assignment.districtId !== null && assignment.districtId !== scope.districtId) return false;
  return (
    fits(assignment.buurtId, scope.buurtId) &&
    fits(assignment.organizationId, scope.organizationId) &&
    fits(assignment.service ?? null, scope.service)
  );
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

export function scopeKey(a: Pick<RoleAssignment, 'role' | 'districtId' | 'buurtId' | 'organizationId' | 'service'>): string {
  const key = [a.role, a.districtId ?? '*', a.buurtId ?? '*', a.organizationId ?? '*'];
  return (a.service ?? null) === null ? key.join(':') : [...key, a.service].join(':');
}
