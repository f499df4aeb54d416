import { sql, type CompiledQuery } from 'kysely';
import type { DbOrTx } from '../db/schema.ts';

// Asked on every use of some caches, so built and compiled once per database (SQLite and
// PostgreSQL write parameters differently) and set of names, instead of on every call.
const versionQueries = new WeakMap<DbOrTx, Map<string, CompiledQuery<{ name: string; version: number }>>>();

function versionsQuery(db: DbOrTx, names: readonly string[]): CompiledQuery<{ name: string; version: number }> {
  let perNames = versionQueries.get(db);
  if (perNames === undefined) {
    perNames = new Map();
    versionQueries.set(db, perNames);
  }
  const key = names.join('\n');
  let query = perNames.get(key);
  if (query === undefined) {
    query = db
      .selectFrom('data_versions')
      .select(['name', 'version'])
      .where('name', 'in', [...names])
      .compile();
    perNames.set(key, query);
  }
  return query;
}

/** The versions of these kinds of cached data, in one read, as one stamp (0 for a kind that never changed). */
export async function versionStamp(db: DbOrTx, names: readonly string[]): Promise<string> {
  const { rows } = await db.executeQuery(versionsQuery(db, names));
  const byName = new Map(rows.map((r) => [r.name, r.version]));
  return names.map((n) => byName.get(n) ?? 0).join('.');
}

/** The current version of a kind of cached data (0 until it first changes). */
export async function versionOf(db: DbOrTx, name: string): Promise<number> {
  return Number(await versionStamp(db, [name]));
}

/** Marks the data as changed, in the writer's transaction. */
export async function bumpVersion(trx: DbOrTx, name: string): Promise<void> {
  await trx
    .insertInto('data_versions')
    .values({ name, version: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version: sql<number>`data_versions.version + 1` }))
    .execute();
}
