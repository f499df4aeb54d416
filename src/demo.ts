import type { Clock } from './platform/clock.ts';
import type { Db } from './platform/db/schema.ts';
import type { Feature } from './platform/feature.ts';
import { countDistricts } from './platform/geography/geography.repository.ts';
import { seedDemoGeography } from './platform/geography/geography.demo.ts';

/**
 * Fills an empty database with Utrecht and the demo data of every feature, all or
 * nothing. A database that already has districts is left alone.
 */
export async function seedDemoIfEmpty(db: Db, features: readonly Feature[], clock: Clock): Promise<boolean> {
  if ((await countDistricts(db)) > 0) return false;
  await db.transaction().execute(async (trx) => {
    await seedDemoGeography(trx);
    for (const feature of features) await feature.demo?.(trx, { clock });
  });
  return true;
}
