import type { DbOrTx } from '../db/schema.ts';
import { isRole, scopeKey, type Role, type RoleAssignment } from './roles.rules.ts';
import type { SessionTimes } from './sessions.rules.ts';
import { newId } from '../clock.ts';

export interface SessionRow extends SessionTimes {
  id: string;
  userId: string;
}

export async function insertSession(db: DbOrTx, idHash: string, userId: string, times: SessionTimes): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: idHash, user_id: userId, created_at: times.createdAt, last_seen_at: times.lastSeenAt, expires_at: times.expiresAt })
    .execute();
}

export async function findSession(db: DbOrTx, idHash: string): Promise<SessionRow | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', idHash).executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
}

export async function touchSession(db: DbOrTx, idHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', idHash).execute();
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: DbOrTx, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  disabled: boolean;
}

function toUser(row: { id: string; email: string; name: string; password_hash: string | null; disabled_at: string | null }): UserRow {
  return { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash, disabled: row.disabled_at !== null };
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row && toUser(row);
}

export async function insertUser(
  db: DbOrTx,
  user: { email: string; name: string; passwordHash: string | null; createdAt: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id,
      email: user.email.trim().toLowerCase(),
      name: user.name,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
      disabled_at: null,
    })
    .execute();
  return id;
}

export async function setPasswordHash(db: DbOrTx, userId: string, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export async function rolesOfUser(db: DbOrTx, userId: string): Promise<RoleAssignment[]> {
  const rows = await db
    .selectFrom('role_assignments')
    .select(['role', 'district_id', 'buurt_id', 'organization_id', 'service'])
    .where('user_id', '=', userId)
    .execute();
  return rows.flatMap((r) =>
    isRole(r.role)
      ? [{ role: r.role, districtId: r.district_id, buurtId: r.buurt_id, organizationId: r.organization_id, service: r.service }]
      : [],
  );
}

/** Adds the role unless the user already holds it in that scope; true when it was added. */
export async function assignRole(
  db: DbOrTx,
  userId: string,
  assignment: RoleAssignment,
  meta: { at: string; by: string | null },
): Promise<boolean> {
  const result = await db
    .insertInto('role_assignments')
    .values({
      id: newId(),
      user_id: userId,
      role: assignment.role,
      district_id: assignment.districtId,
      buurt_id: assignment.buurtId,
      organization_id: assignment.organizationId,
      service: assignment.service ?? null,
      scope_key: scopeKey(assignment),
      created_at: meta.at,
      created_by: meta.by,
    })
    .onConflict((oc) => oc.columns(['user_id', 'scope_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Takes the role in exactly that scope away from the user; true when they held it. */
export async function removeRole(db: DbOrTx, userId: string, assignment: RoleAssignment): Promise<boolean> {
  const result = await db
    .deleteFrom('role_assignments')
    .where('user_id', '=', userId)
    .where('scope_key', '=', scopeKey(assignment))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Of these organisations, the ones where someone holds one of the roles (acts for it). */
export async function organizationsWithRole(db: DbOrTx, organizationIds: readonly string[], roles: readonly Role[]): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('role_assignments')
    .select('organization_id')
    .distinct()
    .where('organization_id', 'in', [...new Set(organizationIds)])
    .where('role', 'in', [...roles])
    .execute();
  return new Set(rows.flatMap((r) => (r.organization_id === null ? [] : [r.organization_id])));
}

/** The e-mail addresses of people who hold one of the roles for the organisation. */
export async function emailsOfOrganizationRole(db: DbOrTx, organizationId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select('u.email')
    .distinct()
    .where('ra.organization_id', '=', organizationId)
    .where('ra.role', 'in', [...roles])
    .where('u.disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.email);
}
