import { sql } from 'kysely';
import type { Db, DbOrTx } from '../db/schema.ts';

/**
 * Data that changes rarely but is read on every request (districts, taxonomy terms) is
 * kept in memory. Each instance asks the database for the data's version at most once
 * per `recheckMs`, and reloads when it moved; a writer bumps the version in its own
 * transaction. So a change is seen by every instance within that time, at the cost of
 * one primary-key read per second instead of the whole query per request.
 */
export interface VersionedCache<T> {
  get(): Promise<T>;
}

export function versionedCache<T>(db: Db, name: string, load: (db: Db) => Promise<T>, recheckMs = 1000): VersionedCache<T> {
  let value: T | undefined;
  let version: number | undefined;
  let checkedAt = 0;
  let refreshing: Promise<T> | undefined;

  async function refresh(): Promise<T> {
    const current = await versionOf(db, name);
    if (value === undefined || current !== version) {
      value = await load(db);
      version = current;
    }
    checkedAt = Date.now();
    return value;
  }

  return {
    get() {
      if (value !== undefined && Date.now() - checkedAt < recheckMs) return Promise.resolve(value);
      refreshing ??= refresh().finally(() => (refreshing = undefined));
      return refreshing;
    },
  };
}

async function versionOf(db: DbOrTx, name: string): Promise<number> {
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
