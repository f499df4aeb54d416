import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** The cooperative of a district, the applications to join it and its member register. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_cooperatives')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('coop_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('motivation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_reason', 'text')
    .execute();
  await db.schema.createIndex('coop_applications_district').on('coop_applications').columns(['district_id', 'status']).execute();
  await db.schema
    .createTable('coop_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('application_id', 'text', (c) => c.references('coop_applications.id'))
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_members_district').on('coop_members').columns(['district_id', 'ended_on']).execute();
  await db.schema.createIndex('coop_members_email').on('coop_members').columns(['district_id', 'email']).execute();
}
