import type { MigrationDb } from '../../../platform/db/migrator.ts';

async function addEntryColumns(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('reminded_at', 'text').execute();
  for (const [column, type] of [
    ['transportation', 'text'],
    ['accessibility_description', 'text'],
  ] as const) {
    await db.schema
      .alterTable('locations')
      .addColumn(column, type, (c) => c.notNull().defaultTo(''))
      .execute();
  }
  for (const column of ['assessed_on', 'reminded_at']) await db.schema.alterTable('locations').addColumn(column, 'text').execute();
  for (const column of ['assessed_physical', 'assessed_financial', 'assessed_welcome']) {
    await db.schema.alterTable('locations').addColumn(column, 'integer').execute();
  }
  await db.schema
    .alterTable('users')
    .addColumn('is_expert_by_experience', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('invitations').addColumn('organization_id', 'text').execute();
  // A buurt assistant is the contact for one buurt (seed 004).
  await db.schema
    .alterTable('contacts')
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .execute();
  await db.schema.createIndex('organizations_district').on('organizations').column('district_id').execute();
}

async function createServices(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('alternate_name', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('url', 'text')
    .addColumn('email', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('is_informal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cost_kind', 'text', (c) => c.notNull().defaultTo('free'))
    .addColumn('cost_cents', 'integer')
    .addColumn('cost_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('eligibility_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('application_process', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_verified_at', 'text')
    .addColumn('last_verified_by', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('services_organization').on('services').column('organization_id').execute();
  await db.schema.createIndex('services_district').on('services').column('district_id').execute();
  await db.schema
    .createTable('service_at_locations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('service_at_locations_pair', ['service_id', 'location_id'])
    .execute();
  await db.schema.createIndex('service_at_locations_location').on('service_at_locations').column('location_id').execute();
}

async function createSchedulesAndPhones(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.references('locations.id').onDelete('cascade'))
    .addColumn('service_at_location_id', 'text', (c) => c.references('service_at_locations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('freq', 'text')
    .addColumn('interval', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('byday', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('exception', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  for (const column of ['service_id', 'location_id', 'service_at_location_id']) {
    await db.schema.createIndex(`schedules_${column}`).on('schedules').column(column).execute();
  }
  await db.schema
    .createTable('phones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) => c.references('locations.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  for (const column of ['organization_id', 'service_id', 'location_id']) {
    await db.schema.createIndex(`phones_${column}`).on('phones').column(column).execute();
  }
}

async function createLinks(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('service_languages')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_languages_pk', ['service_id', 'code'])
    .execute();
  await db.schema
    .createTable('service_terms')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('term_id', 'text', (c) => c.notNull().references('taxonomy_terms.id'))
    .addPrimaryKeyConstraint('service_terms_pk', ['service_id', 'term_id'])
    .execute();
  await db.schema.createIndex('service_terms_term').on('service_terms').column('term_id').execute();
  await db.schema
    .createTable('service_buurten')
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addPrimaryKeyConstraint('service_buurten_pk', ['service_id', 'buurt_id'])
    .execute();
}

async function createTaxonomy(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('taxonomies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('uri', 'text')
    .addColumn('version', 'text')
    .execute();
  await db.schema
    .createTable('taxonomy_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('taxonomy_id', 'text', (c) => c.notNull().references('taxonomies.id'))
    .addColumn('parent_id', 'text', (c) => c.references('taxonomy_terms.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('taxonomy_terms_code', ['taxonomy_id', 'code'])
    .execute();
}

async function createAssessmentsAndChanges(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('place_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id').onDelete('cascade'))
    .addColumn('assessor_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('physical_score', 'integer', (c) => c.notNull())
    .addColumn('physical_remarks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('financial_score', 'integer', (c) => c.notNull())
    .addColumn('financial_remarks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('welcome_score', 'integer', (c) => c.notNull())
    .addColumn('welcome_remarks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('place_assessments_location').on('place_assessments').columns(['location_id', 'assessed_on']).execute();
  await db.schema
    .createTable('guide_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('entry_type', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('guide_changes_entry').on('guide_changes').columns(['entry_id', 'changed_at']).execute();
}

/**
 * The rest of the guide's HSDS 3 model: services with their costs, languages, themes and
 * buurten served; service-at-location; schedules with exceptions; phones; the taxonomy;
 * assessments of places by experts by experience; and the history of every change.
 */
export async function up(db: MigrationDb): Promise<void> {
  await addEntryColumns(db);
  await createServices(db);
  await createSchedulesAndPhones(db);
  await createTaxonomy(db);
  await createLinks(db);
  await createAssessmentsAndChanges(db);
}
