import type { Selectable } from 'kysely';
import { newId } from '../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../platform/db/schema.ts';
import { isRole, type Role } from '../../platform/auth/roles.rules.ts';

export async function insertPasswordReset(
  db: DbOrTx,
  tokenHash: string,
  userId: string,
  createdAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ token_hash: tokenHash, user_id: userId, created_at: createdAt, expires_at: expiresAt, used_at: null })
    .execute();
}

export async function findPasswordReset(db: DbOrTx, tokenHash: string) {
  const row = await db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { userId: row.user_id, expiresAt: row.expires_at, usedAt: row.used_at };
}

/** Marks the link used only if nobody did so first; false means it was already used. */
export async function usePasswordReset(db: DbOrTx, tokenHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface Invitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  districtId: string;
  buurtId: string | null;
  organizationId: string | null;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

type InvitationDbRow = Selectable<Tables['invitations']>;

function toInvitation(row: InvitationDbRow): Invitation | undefined {
  if (!isRole(row.role)) return undefined;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    districtId: row.district_id,
    buurtId: row.buurt_id,
    organizationId: row.organization_id,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.accepted_at,
  };
}

export async function findInvitation(db: DbOrTx, tokenHash: string): Promise<Invitation | undefined> {
  const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toInvitation(row);
}

export async function openInvitations(db: DbOrTx, districtId: string, now: string): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitations')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.flatMap((r) => toInvitation(r) ?? []);
}

export async function acceptInvitation(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertInvitation(db: DbOrTx, invitation: Omit<Invitation, 'id' | 'usedAt'> & { tokenHash: string }): Promise<string> {
  const id = newId();
  await db
    .insertInto('invitations')
    .values({
      id,
      token_hash: invitation.tokenHash,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      district_id: invitation.districtId,
      buurt_id: invitation.buurtId,
      organization_id: invitation.organizationId,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      accepted_at: null,
    })
    .execute();
  return id;
}

export interface PersonWithRoles {
  id: string;
  name: string;
  email: string;
  roles: { id: string; role: Role; buurtName: string | null; organizationName: string | null }[];
}

/** Everyone holding a role in the district, with those roles. */
export async function peopleOfDistrict(db: DbOrTx, districtId: string): Promise<PersonWithRoles[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .leftJoin('buurten as b', 'b.id', 'ra.buurt_id')
    .leftJoin('organizations as o', 'o.id', 'ra.organization_id')
    .select([
      'u.id as userId',
      'u.name',
      'u.email',
      'ra.id as assignmentId',
      'ra.role',
      'b.name as buurtName',
      'o.name as organizationName',
    ])
    .where('ra.district_id', '=', districtId)
    .orderBy('u.name')
    .orderBy('ra.role')
    .execute();
  const people = new Map<string, PersonWithRoles>();
  for (const r of rows) {
    if (!isRole(r.role)) continue;
    const person = people.get(r.userId) ?? { id: r.userId, name: r.name, email: r.email, roles: [] };
    person.roles.push({ id: r.assignmentId, role: r.role, buurtName: r.buurtName, organizationName: r.organizationName });
    people.set(r.userId, person);
  }
  return [...people.values()];
}

export async function findAssignment(db: DbOrTx, id: string) {
  return db.selectFrom('role_assignments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAssignment(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('role_assignments').where('id', '=', id).execute();
}
