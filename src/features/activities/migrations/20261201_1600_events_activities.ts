import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** The activiteitenagenda: activities, their expanded occurrences and registrations without an account. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('starts_local', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('rrule', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('exdates', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cost_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('organizer_name', 'text', (c) => c.notNull())
    .addColumn('organizer_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('registration', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activities_district_status').on('activities').columns(['district_id', 'status']).execute();
  await db.schema
    .createTable('activity_occurrences')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_occurrences_pk', ['activity_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('activity_occurrences_district_start')
    .on('activity_occurrences')
    .columns(['district_id', 'starts_at'])
    .execute();
  await db.schema
    .createTable('activity_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('wants_buddy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancel_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_registrations_occurrence')
    .on('activity_registrations')
    .columns(['activity_id', 'starts_at', 'status'])
    .execute();
}
