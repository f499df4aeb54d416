import { sql } from 'kysely';
import { engineOf, type MigrationDb } from '../db/migrator.ts';

// Caches that follow a data version (versioned-cache.ts, versions-cache.ts) are only as good
// as the bumps: a writer that forgets one leaves every instance showing old data. For the
// tables behind the start pages the database bumps the version itself, in the writer's
// transaction, whatever writes (feature code, imports, the demo seed, an operator's SQL).

const triggerName = (table: string, op: string) => `wp_changed_${table}_${op}`;
const OPS = ['insert', 'update', 'delete'] as const;

/** Every write to these tables bumps the data version `version` (a migration's `up`). */
export async function createChangeTriggers(db: MigrationDb, version: string, tables: readonly string[]): Promise<void> {
  const name = sql.lit(version);
  if (engineOf(db) === 'postgres') {
    // Statement level: a bulk write bumps once. The function takes the version's name.
    await sql`create or replace function wp_bump_data_version() returns trigger language plpgsql as $$
      begin
        insert into data_versions (name, version) values (tg_argv[0], 1)
          on conflict (name) do update set version = data_versions.version + 1;
        return null;
      end $$`.execute(db);
    for (const table of tables)
      await sql`create trigger ${sql.id(triggerName(table, 'all'))} after insert or update or delete or truncate on ${sql.id(table)}
        for each statement execute function wp_bump_data_version(${name})`.execute(db);
    return;
  }
  // SQLite has row triggers only; the bump is one upsert on a one-row table.
  for (const table of tables)
    for (const op of OPS)
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
    for (const op of postgres ? ['all'] : OPS)
      await sql`drop trigger if exists ${sql.id(triggerName(table, op))}${postgres ? sql` on ${sql.id(table)}` : sql``}`.execute(db);
}
