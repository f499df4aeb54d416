import type { DbOrTx } from '../../../platform/db/schema.ts';

/** An expert by experience (ervaringsdeskundige) with a role in the district may assess its places. */
export async function isExpert(db: DbOrTx, userId: string, districtId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .innerJoin('role_assignments as ra', 'ra.user_id', 'users.id')
    .select('users.id')
    .where('users.id', '=', userId)
    .where('users.is_expert_by_experience', '=', 1)
    .where((eb) => eb.or([eb('ra.district_id', '=', districtId), eb('ra.district_id', 'is', null)]))
    .executeTakeFirst();
  return row !== undefined;
}

export interface PersonFlag {
  id: string;
  name: string;
  expert: boolean;
}

/** Everyone with a role in the district, and whether they are an expert by experience. */
export async function peopleWithExpertFlag(db: DbOrTx, districtId: string): Promise<PersonFlag[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('role_assignments as ra', 'ra.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.is_expert_by_experience'])
    .where('ra.district_id', '=', districtId)
    .groupBy(['users.id', 'users.name', 'users.is_expert_by_experience'])
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, expert: r.is_expert_by_experience === 1 }));
}

export async function setExpert(db: DbOrTx, userId: string, expert: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ is_expert_by_experience: expert ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}
