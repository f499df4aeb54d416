import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Which kinds of help ask a VOG (certificate of conduct) of the volunteer, per district, as
 * the board or a coordinator set it (issue 12.6). Without a row the house rules' switch
 * "VOG for home visits" decides, as before.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_vog_kinds')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    /** The talents (kinds of help) that ask a VOG, comma-separated; empty: none. */
    .addColumn('talents', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
