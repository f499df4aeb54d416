import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Seed 004's table of buurt networks: per buurt the network's name and when its buurt assistant
 * is there. The assistant is a named contact of the guide for that buurt, kept there only.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('portal_buurt_networks')
    .addColumn('buurt_id', 'text', (c) => c.primaryKey().references('buurten.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text')
    .addColumn('availability', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('portal_buurt_networks_district').on('portal_buurt_networks').column('district_id').execute();
}
