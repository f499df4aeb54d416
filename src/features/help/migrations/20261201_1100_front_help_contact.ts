import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * The house rules no longer keep a phone number and walk-in hours of their own: they
 * contradicted the guide (issue 10.12). Whom to call and when to walk in come from the guide's
 * contact point (the wijkinformatiepunt).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('help_rules').dropColumn('contact_phone').execute();
  await db.schema.alterTable('help_rules').dropColumn('walk_in').execute();
}
