import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Neighbours who signed up to volunteer without an invitation: what they accepted, the intake, the VOG and the activation. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_volunteer_intakes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('talents', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addColumn('intake_note', 'text')
    .addColumn('intake_at', 'text')
    .addColumn('intake_by', 'text', (c) => c.references('users.id'))
    .addColumn('vog_date', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_volunteer_intakes_district').on('coop_volunteer_intakes').columns(['district_id', 'status']).execute();
}
