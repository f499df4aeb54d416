import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../db/migrator.ts';

// Caches that follow a data version (versioned-cache.ts, versions-cache.ts) are only as good
// as the bumps: a writer that forgets one leaves every instance showing old data. For the
// tables behind the start pages the database bumps the version itself, in the writer's
// transaction, whatever writes (feature code, imports, the demo seed, an operator's SQL).

const triggerName = (table: string, op: string) => `wp_changed_${table}_${op}`;
const SQLITE_OPS = ['insert', 'update', 'delete'] as const;
const POSTGRES_OPS = ['write', 'update'] as const;

/** Every write to these tables bumps the data version `version` (a migration's `up`). */
export async function createChangeTriggers(db: MigrationDb, version: string, tables: readonly string[]): Promise<void> {
  const name = sql.lit(version);
  if (engineOf(db) === 'postgres') {
    await sql`create or replace function wp_bump_data_version() returns trigger language plpgsql as $$
      begin
        insert into data_versions (name, version) values (tg_argv[0], 1)
          on conflict (name) do update set version = data_versions.version + 1;
        return null;
      end $$`.execute(db);
    for (const table of tables) {
      // Adding and removing: once per statement (a bulk write bumps once).
      await sql`create trigger ${sql.id(triggerName(table, 'write'))} after insert or delete or truncate on ${sql.id(table)}
        for each statement execute function wp_bump_data_version(${name})`.execute(db);
      // Changing: only rows that really change. An update that sets a row to itself takes the
      // row's lock (registrations queue that way behind their activity); bumping then would make
      // every such writer wait for the version's row as well, and end what is kept for nothing.
      await sql`create trigger ${sql.id(triggerName(table, 'update'))} after update on ${sql.id(table)}
        for each row when (old.* is distinct from new.*) execute function wp_bump_data_version(${name})`.execute(db);
    }
    return;
  }
  // SQLite has row triggers only, and one writer at a time: an update that changes nothing
  // bumps too, which costs a block drawn again, never a wait.
  for (const table of tables)
    for (const op of SQLITE_OPS)
      await sql`create trigger ${sql.id(triggerName(table, op))} after ${sql.raw(op)} on ${sql.id(table)}
        begin
          insert into data_versions (name, version) values (${name}, 1)
            on conflict (name) do update set version = version + 1;
        end`.execute(db);
}

/** Undoes `createChangeTriggers` for these tables (a migration's `down`). */
export async function dropChangeTriggers(db: MigrationDb, tables: readonly string[]): Promise<void> {
  const postgres = engineOf(db) === 'postgres';
  for (const table of tables)
    for (const op of postgres ? POSTGRES_OPS : SQLITE_OPS)
      await sql`drop trigger if exists ${sql.id(triggerName(table, op))}${postgres ? sql` on ${sql.id(table)}` : sql``}`.execute(db);
}
