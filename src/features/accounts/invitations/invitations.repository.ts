import type { Selectable } from 'kysely';
import { isRole, type Role } from '../../../platform/auth/roles.rules.ts';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';

export interface Invitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  districtId: string;
  buurtId: string | null;
  organizationId: string | null;
  service: string | null;
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
    service: row.service,
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

/** Marks the invitation accepted only if nobody did so first; false means it was already used. */
export async function markInvitationAccepted(db: DbOrTx, id: string, at: string): Promise<boolean> {
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
      service: invitation.service,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      accepted_at: null,
    })
    .execute();
  return id;
}
