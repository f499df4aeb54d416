import { Migrator, PostgresAdapter, type Kysely, type Migration } from 'kysely';
import type { Engine } from './database.ts';

export type Migrations = Record<string, Migration>;

/** Migrations get an untyped Kysely on purpose: they describe the past, not today's types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationDb = Kysely<any>;

/** @public For migrations that need an engine feature, such as full-text search. */
export function engineOf(db: MigrationDb): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Runs every pending migration in name order. Names start with a timestamp
 * (YYYYMMDD_HHMM_…), which makes one history out of the migrations of all features.
 */
export async function migrateToLatest(db: MigrationDb, migrations: Migrations): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
