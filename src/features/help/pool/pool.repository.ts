import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface PoolInvitation {
  id: string;
  buurtId: string | null;
  buurtName: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  contribute: string | null;
  talent: string | null;
  createdAt: string;
}

export interface NewPoolInvitation {
  districtId: string;
  buurtId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  contribute: string | null;
  talent: string | null;
  consentAt: string;
  invitedBy: string | null;
}

export async function insertPoolInvitation(db: DbOrTx, input: NewPoolInvitation, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('help_pool_invitations')
    .values({
      id,
      district_id: input.districtId,
      buurt_id: input.buurtId,
      name: input.name,
      email: input.email,
      phone: input.phone,
      contribute: input.contribute,
      talent: input.talent,
      consent_at: input.consentAt,
      invited_by: input.invitedBy,
      created_at: at,
      handled_at: null,
    })
    .execute();
  return id;
}

/** The invitations not yet followed up, of some buurten or the whole district (those without a buurt go to the district's coordinators). */
export async function openPoolInvitations(db: DbOrTx, districtId: string, buurten: 'all' | Set<string>): Promise<PoolInvitation[]> {
  if (buurten !== 'all' && buurten.size === 0) return [];
  let query = db
    .selectFrom('help_pool_invitations as p')
    .leftJoin('buurten as b', 'b.id', 'p.buurt_id')
    .select(['p.id', 'p.buurt_id', 'b.name as buurtName', 'p.name', 'p.email', 'p.phone', 'p.contribute', 'p.talent', 'p.created_at'])
    .where('p.district_id', '=', districtId)
    .where('p.handled_at', 'is', null)
    .orderBy('p.created_at');
  if (buurten !== 'all') query = query.where('p.buurt_id', 'in', [...buurten]);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    buurtId: r.buurt_id,
    buurtName: r.buurtName,
    name: r.name,
    email: r.email,
    phone: r.phone,
    contribute: r.contribute,
    talent: r.talent,
    createdAt: r.created_at,
  }));
}

/** Marks one open invitation of the district as followed up; false when it was not open (or someone was first). */
export async function markPoolInvitationHandled(db: DbOrTx, districtId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('help_pool_invitations')
    .set({ handled_at: at })
    .where('id', '=', id)
    .where('district_id', '=', districtId)
    .where('handled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
