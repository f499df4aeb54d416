import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { poolKinds, poolStatuses, type PoolKind, type PoolPerson, type PoolStatus } from './pools.rules.ts';

/** A pool-2 person's own profile. */
export interface PoolProfile {
  id: string;
  kind: PoolKind;
  buurtId: string;
  buurtName: string;
  talents: string[];
  skills: string;
  availability: string;
  status: PoolStatus;
}

export type ProfileInput = Pick<PoolProfile, 'kind' | 'buurtId' | 'talents' | 'skills' | 'availability'>;

const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;
const talentsOf = (text: string): string[] => (text === '' ? [] : text.split(','));

function people(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('coop_pool_people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('buurten as b', 'b.id', 'p.buurt_id')
    .select(['p.id', 'p.user_id', 'u.name', 'u.email', 'p.kind', 'p.buurt_id', 'b.name as buurt_name'])
    .select(['p.talents', 'p.skills', 'p.availability', 'p.status'])
    .where('p.district_id', '=', districtId);
}

export async function findOwnProfile(db: DbOrTx, districtId: string, userId: string): Promise<PoolProfile | undefined> {
  const r = await people(db, districtId).where('p.user_id', '=', userId).executeTakeFirst();
  return (
    r && {
      id: r.id,
      kind: oneOf(poolKinds, r.kind, 'informal_carer'),
      buurtId: r.buurt_id,
      buurtName: r.buurt_name,
      talents: talentsOf(r.talents),
      skills: r.skills,
      availability: r.availability,
      status: oneOf(poolStatuses, r.status, 'active'),
    }
  );
}

/** Pool 2 of a district, without who left (their details are not kept in the search). */
export async function poolTwo(db: DbOrTx, districtId: string): Promise<PoolPerson[]> {
  const rows = await people(db, districtId).where('p.status', '<>', 'left').execute();
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    pool: oneOf(poolKinds, r.kind, 'informal_carer'),
    buurtId: r.buurt_id,
    buurtName: r.buurt_name,
    talents: talentsOf(r.talents),
    skills: r.skills,
    availability: r.availability,
    active: r.status === 'active',
  }));
}

export async function insertProfile(db: DbOrTx, p: ProfileInput & { districtId: string; userId: string; at: string }): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_pool_people')
    .values({
      id,
      district_id: p.districtId,
      user_id: p.userId,
      kind: p.kind,
      buurt_id: p.buurtId,
      talents: p.talents.join(','),
      skills: p.skills,
      availability: p.availability,
      status: 'active',
      created_at: p.at,
      updated_at: p.at,
    })
    .execute();
  return id;
}

export async function updateProfile(db: DbOrTx, id: string, p: ProfileInput & { at: string }): Promise<void> {
  await db
    .updateTable('coop_pool_people')
    .set({
      kind: p.kind,
      buurt_id: p.buurtId,
      talents: p.talents.join(','),
      skills: p.skills,
      availability: p.availability,
      updated_at: p.at,
    })
    .where('id', '=', id)
    .execute();
}

/** Pause, take up again or leave; leaving also clears what they told about themselves. False when it changed meanwhile. */
export async function setStatus(db: DbOrTx, id: string, from: PoolStatus, to: PoolStatus, at: string): Promise<boolean> {
  const cleared = to === 'left' ? { talents: '', skills: '', availability: '' } : {};
  const result = await db
    .updateTable('coop_pool_people')
    .set({ status: to, updated_at: at, ...cleared })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
