import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * The ALV's meeting place, chosen from the guide's meeting places, so the convocation can
 * give its address and how accessible it is. The guide owns the place; older meetings keep
 * only the words in `place`.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('coop_alvs').addColumn('location_id', 'text').execute();
}
