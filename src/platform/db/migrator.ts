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
  // Kysely takes no migration lock on SQLite. When a second process migrates the same file
  // at the same moment, its transaction fails (busy, or a table that now exists) and rolls
  // back whole; once the first has committed, running again finds nothing left to do.
  const attempts = engineOf(db) === 'sqlite' ? 5 : 1;
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (error === undefined) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt >= attempts) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}
