import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Invitations to the volunteer pool that come out of a conversation (seed 000 annex II: "wat wil je bijdragen?"). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_pool_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('contribute', 'text')
    .addColumn('talent', 'text')
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .execute();
  await db.schema
    .createIndex('help_pool_invitations_district')
    .on('help_pool_invitations')
    .columns(['district_id', 'handled_at'])
    .execute();
}
