import { isRole, type Role } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationNames } from '../../guide/index.ts';

export interface PersonWithRoles {
  id: string;
  name: string;
  email: string;
  roles: { id: string; role: Role; buurtName: string | null; organizationName: string | null }[];
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
    .select(['u.id as userId', 'u.name', 'u.email', 'ra.id as assignmentId', 'ra.role', 'b.name as buurtName', 'ra.organization_id'])
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
    person.roles.push({ id: r.assignmentId, role: r.role, buurtName: r.buurtName, organizationName });
    people.set(r.userId, person);
  }
  return { people: [...people.values()], total: total.n };
}

export interface Assignment {
  id: string;
  userId: string;
  districtId: string | null;
  role: string;
}

export async function findAssignment(db: DbOrTx, id: string): Promise<Assignment | undefined> {
  const row = await db
    .selectFrom('role_assignments')
    .select(['id', 'user_id', 'district_id', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, districtId: row.district_id, role: row.role };
}

export async function deleteAssignment(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('role_assignments').where('id', '=', id).execute();
}
