import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface Cooperative {
  districtId: string;
  name: string;
}

/** The district's cooperative; undefined where none has been set up. */
export async function findCooperative(db: DbOrTx, districtId: string): Promise<Cooperative | undefined> {
  const row = await db
    .selectFrom('coop_cooperatives')
    .select(['district_id', 'name'])
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return row && { districtId: row.district_id, name: row.name };
}

export async function insertCooperative(db: DbOrTx, cooperative: Cooperative & { at: string }): Promise<void> {
  await db
    .insertInto('coop_cooperatives')
    .values({ district_id: cooperative.districtId, name: cooperative.name, created_at: cooperative.at })
    .execute();
}
