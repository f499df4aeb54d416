import { sql } from 'kysely';
import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * A VOG that lapses (issue 12): the date on a volunteer's VOG, and per district how many
 * months the board lets a VOG count (no row, or null: it keeps counting, as before).
 * Volunteers who had a VOG on file get the day it was recorded as its date: the only date
 * known for them, a little later than the VOG's own, until a coordinator records the real one.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('help_volunteers').addColumn('vog_date', 'text').execute();
  await db
    .updateTable('help_volunteers')
    .set({ vog_date: sql`substr(vog_checked_at, 1, 10)` })
    .where('vog_on_file', '=', 1)
    .where('vog_checked_at', 'is not', null)
    .execute();
  await db.schema
    .createTable('help_vog_validity')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    /** How many months a VOG counts from its date; null: no end. */
    .addColumn('months', 'integer')
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
