import { sql } from 'kysely';
import type { Clock } from './platform/clock.ts';
import type { Db } from './platform/db/schema.ts';
import type { Feature } from './platform/feature.ts';
import { countDistricts } from './platform/geography/geography.repository.ts';
import { seedDemoGeography } from './platform/geography/geography.demo.ts';

/**
 * Fills an empty database with Utrecht and the demo data of every feature, all or
 * nothing. A database that already has districts is left alone. Two instances starting on
 * one empty database take turns: the check and the load happen under the migrations' lock
 * row, so the second finds the first one's districts and leaves them.
 */
export async function seedDemoIfEmpty(db: Db, features: readonly Feature[], clock: Clock): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await seedUnderLock(db, features, clock);
    } catch (error) {
      // On SQLite a second process may wait longer for the lock than its busy timeout; the
      // load it waited for is then done, and trying again finds it.
      if (attempt >= 5 || !isBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
}

function seedUnderLock(db: Db, features: readonly Feature[], clock: Clock): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // A write to the lock row: a row lock on PostgreSQL, the write lock on SQLite.
    await sql`update kysely_migration_lock set is_locked = is_locked where id = 'migration_lock'`.execute(trx);
    if ((await countDistricts(trx)) > 0) return false;
    await seedDemoGeography(trx);
    for (const feature of features) await feature.demo?.(trx, { clock });
    return true;
  });
}
