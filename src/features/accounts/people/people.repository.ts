import { isRole, type Role } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationNames } from '../../guide/index.ts';

export interface PersonWithRoles {
  id: string;
  name: string;
  email: string;
  roles: { id: string; role: Role; buurtName: string | null; organizationName: string | null }[];
}

/** Everyone holding a role in the district, with those roles (a partner contact's with its organisation). */
export async function peopleOfDistrict(db: DbOrTx, districtId: string): Promise<PersonWithRoles[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .leftJoin('buurten as b', 'b.id', 'ra.buurt_id')
    .select(['u.id as userId', 'u.name', 'u.email', 'ra.id as assignmentId', 'ra.role', 'b.name as buurtName', 'ra.organization_id'])
    .where('ra.district_id', '=', districtId)
    .orderBy('u.name')
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
  return [...people.values()];
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
