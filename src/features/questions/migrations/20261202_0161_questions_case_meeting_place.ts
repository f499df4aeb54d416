import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** A case meeting's start time and place, for the partners' mail and calendar (null on meetings convened before). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('case_meetings').addColumn('starts_at', 'text').execute();
  await db.schema.alterTable('case_meetings').addColumn('place', 'text').execute();
}
