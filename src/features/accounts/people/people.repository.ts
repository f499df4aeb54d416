import { isRole, scopeKey, type Role } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationNames } from '../../guide/index.ts';

export interface PersonWithRoles {
  id: string;
  name: string;
  email: string;
  roles: { id: string; role: Role; buurtName: string | null; organizationName: string | null; service: string | null }[];
}

/** The administrators' list comes a page at a time, however many people hold a role. */
export const PEOPLE_PER_PAGE = 100;

/**
 * One page of the people holding a role in the district, by name, with those roles (a
 * partner contact's with its organisation), and how many people there are in all.
 */
export async function peopleOfDistrict(db: DbOrTx, districtId: string, page = 1): Promise<{ people: PersonWithRoles[]; total: number }> {
  const holders = db.selectFrom('role_assignments').select('user_id').where('district_id', '=', districtId);
  const total = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', holders)
    .executeTakeFirstOrThrow();
  const users = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', holders)
    .orderBy('name')
    .orderBy('id')
    .limit(PEOPLE_PER_PAGE)
    .offset((page - 1) * PEOPLE_PER_PAGE)
    .execute();
  if (users.length === 0) return { people: [], total: total.n };
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .leftJoin('buurten as b', 'b.id', 'ra.buurt_id')
    .select([
      'u.id as userId',
      'u.name',
      'u.email',
      'ra.id as assignmentId',
      'ra.role',
      'b.name as buurtName',
      'ra.organization_id',
      'ra.service',
    ])
    .where('ra.district_id', '=', districtId)
    .where(
      'u.id',
      'in',
      users.map((u) => u.id),
    )
    .orderBy('u.name')
    .orderBy('u.id')
    .orderBy('ra.role')
    .execute();
  const organizations = await organizationNames(
    db,
    rows.flatMap((r) => r.organization_id ?? []),
  );
  const people = new Map<string, PersonWithRoles>();
  for (const r of rows) {
    if (!isRole(r.role)) continue;
    const person = people.get(r.userId) ?? { id: r.userId, name: r.name, email: r.email, roles: [] };
    const organizationName = r.organization_id === null ? null : (organizations.get(r.organization_id) ?? null);
    person.roles.push({ id: r.assignmentId, role: r.role, buurtName: r.buurtName, organizationName, service: r.service });
    people.set(r.userId, person);
  }
  return { people: [...people.values()], total: total.n };
}

export interface Assignment {
  id: string;
  userId: string;
  userName: string;
  districtId: string | null;
  buurtId: string | null;
  organizationId: string | null;
  role: string;
  service: string | null;
}

export async function findAssignment(db: DbOrTx, id: string): Promise<Assignment | undefined> {
  const row = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['ra.id', 'ra.user_id', 'u.name', 'ra.district_id', 'ra.buurt_id', 'ra.organization_id', 'ra.role', 'ra.service'])
    .where('ra.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { user_id: userId, name: userName, district_id: districtId, buurt_id: buurtId, organization_id: organizationId } = row;
  return { id: row.id, userId, userName, districtId, buurtId, organizationId, role: row.role, service: row.service };
}

export async function deleteAssignment(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('role_assignments').where('id', '=', id).execute();
}

/** Whether the person already holds the same role in the same scope, so changing one assignment into it would double it. */
export async function holdsScope(db: DbOrTx, userId: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('role_assignments')
    .select('id')
    .where('user_id', '=', userId)
    .where('scope_key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** The service of a coordinating volunteer's assignment, with its scope key kept in step. */
export async function setAssignmentService(db: DbOrTx, assignment: Assignment & { role: Role }, service: string): Promise<void> {
  const key = scopeKey({ ...assignment, service });
  await db.updateTable('role_assignments').set({ service, scope_key: key }).where('id', '=', assignment.id).execute();
}
