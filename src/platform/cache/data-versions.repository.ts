import { sql } from 'kysely';
import type { DbOrTx } from '../db/schema.ts';

/** The current version of a kind of cached data (0 until it first changes). */
export async function versionOf(db: DbOrTx, name: string): Promise<number> {
  const row = await db.selectFrom('data_versions').select('version').where('name', '=', name).executeTakeFirst();
  return row?.version ?? 0;
}

/** Marks the data as changed, in the writer's transaction. */
export async function bumpVersion(trx: DbOrTx, name: string): Promise<void> {
  await trx
    .insertInto('data_versions')
    .values({ name, version: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version: sql<number>`data_versions.version + 1` }))
    .execute();
}
