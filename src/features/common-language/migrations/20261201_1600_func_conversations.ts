import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Conversations with residents along the core questions (seed 000 annex II). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('resident_name', 'text')
    .addColumn('know', 'text')
    .addColumn('achieve', 'text')
    .addColumn('need', 'text')
    .addColumn('self_can', 'text')
    .addColumn('contribute', 'text')
    .addColumn('talent', 'text')
    .addColumn('pool_invitation_id', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_recorder').on('conversations').columns(['district_id', 'recorded_by', 'created_at']).execute();
}
