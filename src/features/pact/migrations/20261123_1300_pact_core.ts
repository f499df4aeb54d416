import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Partners, steering group, meetings and the wijkagenda of a district's pact (seed 000, SPEC.md D). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('pact_settings')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    .addColumn('pact_name', 'text', (c) => c.notNull())
    .addColumn('programme', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('pact_partners_district_organization', ['district_id', 'organization_id'])
    .execute();
  await db.schema
    .createTable('pact_join_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    .addColumn('added_value', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_note', 'text')
    .addColumn('partner_id', 'text', (c) => c.references('pact_partners.id'))
    .execute();
  await db.schema
    .createTable('pact_commitments')
    .addColumn('partner_id', 'text', (c) => c.notNull().references('pact_partners.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('pact_commitments_pk', ['partner_id', 'year', 'letter'])
    .execute();
  await db.schema
    .createTable('pact_steering_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('seat', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('email', 'text')
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_chair_terms')
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('pact_steering_members.id'))
    .addPrimaryKeyConstraint('pact_chair_terms_pk', ['district_id', 'period'])
    .execute();
  await createMeetingTables(db);
  await createAgendaTables(db);
}

async function createMeetingTables(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('pact_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invited_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pact_meetings_district_start').on('pact_meetings').columns(['district_id', 'starts_at']).execute();
  await db.schema
    .createTable('pact_meeting_organizers')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('pact_meetings.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('pact_partners.id'))
    .addPrimaryKeyConstraint('pact_meeting_organizers_pk', ['meeting_id', 'partner_id'])
    .execute();
  await db.schema
    .createTable('pact_meeting_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('pact_meetings.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('pact_meetings.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_partner_id', 'text', (c) => c.references('pact_partners.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pact_attendance')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('pact_meetings.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('pact_partners.id'))
    .addColumn('people', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('pact_attendance_pk', ['meeting_id', 'partner_id'])
    .execute();
}

async function createAgendaTables(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('pact_agenda_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('adopted_on', 'text')
    .addColumn('adopted_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('pact_agenda_versions_number', ['district_id', 'year', 'number'])
    .execute();
  await db.schema
    .createTable('pact_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('pact_agenda_versions.id'))
    .addColumn('project_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('challenges', 'text', (c) => c.notNull())
    .addColumn('budget_cents', 'integer')
    .addColumn('budget_source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('pact_projects_version_key', ['version_id', 'project_key'])
    .execute();
  await db.schema
    .createTable('pact_project_owners')
    .addColumn('project_id', 'text', (c) => c.notNull().references('pact_projects.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('pact_partners.id'))
    .addPrimaryKeyConstraint('pact_project_owners_pk', ['project_id', 'partner_id'])
    .execute();
  await db.schema
    .createTable('pact_project_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('pact_projects.id'))
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
