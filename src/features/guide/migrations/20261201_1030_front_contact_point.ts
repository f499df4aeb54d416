import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Which walk-in point is the district's first place to call or walk in (the wijkinformatiepunt). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('guide_contact_points')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
