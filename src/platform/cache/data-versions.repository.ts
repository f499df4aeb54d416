import { sql, type CompiledQuery } from 'kysely';
import type { DbOrTx } from '../db/schema.ts';

// Asked on every use of some caches, so built and compiled once per database (SQLite and
// PostgreSQL write parameters differently) instead of on every call; only the name varies.
const versionQueries = new WeakMap<DbOrTx, CompiledQuery<{ version: number }>>();

function versionQuery(db: DbOrTx, name: string): CompiledQuery<{ version: number }> {
  let query = versionQueries.get(db);
  if (query === undefined) {
    query = db.selectFrom('data_versions').select('version').where('name', '=', name).compile();
    versionQueries.set(db, query);
  }
  return { ...query, parameters: [name] };
}

/** The current version of a kind of cached data (0 until it first changes). */
export async function versionOf(db: DbOrTx, name: string): Promise<number> {
  const { rows } = await db.executeQuery(versionQuery(db, name));
  return rows[0]?.version ?? 0;
}

/** Marks the data as changed, in the writer's transaction. */
export async function bumpVersion(trx: DbOrTx, name: string): Promise<void> {
  await trx
    .insertInto('data_versions')
    .values({ name, version: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version: sql<number>`data_versions.version + 1` }))
    .execute();
}
