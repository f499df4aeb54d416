import type { MigrationDb } from '../migrator.ts';

/** An invitation for a coordinating volunteer names the service they will coordinate (seed 004); null for other roles. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('service', 'text').execute();
}
