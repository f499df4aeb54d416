import type { MigrationDb } from '../migrator.ts';

/** The service a coordinating volunteer coordinates (seed 004: "coördineert dienst"); null for every other role. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('role_assignments').addColumn('service', 'text').execute();
}
