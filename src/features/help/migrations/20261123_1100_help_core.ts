import type { MigrationDb } from '../../../platform/db/migrator.ts';

async function rulesAndGeography(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_rules')
    .addColumn('district_id', 'text', (c) => c.primaryKey().references('districts.id'))
    .addColumn('cooperative_name', 'text', (c) => c.notNull())
    .addColumn('scheme_name', 'text', (c) => c.notNull())
    .addColumn('odd_job_fee_cents', 'integer', (c) => c.notNull())
    .addColumn('max_service_minutes', 'integer', (c) => c.notNull())
    .addColumn('one_at_a_time', 'integer', (c) => c.notNull())
    .addColumn('feedback_days', 'integer', (c) => c.notNull())
    .addColumn('reminder_days', 'integer', (c) => c.notNull())
    .addColumn('network_check_required', 'integer', (c) => c.notNull())
    .addColumn('vog_required_home_visits', 'integer', (c) => c.notNull())
    .addColumn('many_jobs_count', 'integer', (c) => c.notNull())
    .addColumn('many_jobs_days', 'integer', (c) => c.notNull())
    .addColumn('students_for_long_running', 'integer', (c) => c.notNull())
    .addColumn('student_desk', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('social_entrepreneurs', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('walk_in', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('help_buurt_neighbours')
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addColumn('neighbour_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addPrimaryKeyConstraint('help_buurt_neighbours_pk', ['buurt_id', 'neighbour_id'])
    .execute();
}

async function requests(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('talent', 'text')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('estimated_minutes', 'integer')
    .addColumn('wished_slots', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('wished_time', 'text')
    .addColumn('meeting_place_id', 'text', (c) => c.references('locations.id'))
    .addColumn('requester_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('street', 'text')
    .addColumn('requester_key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text', (c) => c.notNull())
    .addColumn('feedback_due_at', 'text', (c) => c.notNull())
    .addColumn('heard_back_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .addColumn('network_answer', 'text')
    .addColumn('network_note', 'text')
    .addColumn('network_checked_at', 'text')
    .addColumn('volunteer_id', 'text')
    .addColumn('open_proposal_id', 'text')
    .addColumn('fee_rate_cents', 'integer', (c) => c.notNull())
    .addColumn('minutes_done', 'integer')
    .addColumn('fee_cents', 'integer')
    .addColumn('fee_paid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome_reason', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('status_token_hash', 'text', (c) => c.unique())
    .addColumn('status_token_expires_at', 'text')
    .execute();
  await db.schema.createIndex('help_requests_district_status').on('help_requests').columns(['district_id', 'status']).execute();
  await db.schema
    .createIndex('help_requests_requester')
    .on('help_requests')
    .columns(['district_id', 'requester_key', 'volunteer_id'])
    .execute();
  await db.schema.createIndex('help_requests_volunteer').on('help_requests').columns(['volunteer_id', 'status']).execute();
  await db.schema
    .createTable('help_request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('help_requests.id'))
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('help_request_events_request').on('help_request_events').columns(['request_id', 'at']).execute();
  await db.schema.createIndex('help_request_events_district').on('help_request_events').columns(['district_id', 'step', 'at']).execute();
  await db.schema
    .createTable('help_requester_locks')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('requester_key', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('help_requester_locks_pk', ['district_id', 'requester_key'])
    .execute();
  await db.schema.createIndex('help_requester_locks_request').on('help_requester_locks').column('request_id').execute();
}

async function volunteers(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('help_volunteers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('talent_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('availability', 'integer', (c) => c.notNull())
    .addColumn('reach', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('vog_on_file', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vog_checked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('help_volunteers_user', ['district_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('help_volunteer_talents')
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('help_volunteers.id').onDelete('cascade'))
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('talent', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('help_volunteer_talents_pk', ['volunteer_id', 'talent'])
    .execute();
  await db.schema
    .createIndex('help_volunteer_talents_lookup')
    .on('help_volunteer_talents')
    .columns(['district_id', 'talent', 'volunteer_id'])
    .execute();
  await db.schema
    .createTable('help_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('help_requests.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('help_volunteers.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('proposed_by', 'text')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('help_proposals_request').on('help_proposals').column('request_id').execute();
}

/**
 * Neighbour help ("Oost helpt", seed 004): the cooperative's house rules per district,
 * which buurten border each other, requests with their timeline, volunteers with their
 * talents, and proposals to volunteers.
 */
export async function up(db: MigrationDb): Promise<void> {
  await rulesAndGeography(db);
  await requests(db);
  await volunteers(db);
}
