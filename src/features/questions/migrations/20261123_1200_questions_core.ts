import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Questions of residents, their timeline, referrals to named persons and consents.
 * Referrals point at guide contacts and organisations without a foreign key, so the
 * guide may tidy its entries without breaking the history of a referral.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('requester_name', 'text')
    .addColumn('contact_by', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('phone_key', 'text')
    .addColumn('email', 'text')
    .addColumn('street', 'text')
    .addColumn('walk_in_location_id', 'text')
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('awaiting_staff', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('anonymised_at', 'text')
    .execute();
  await db.schema.createIndex('questions_district_status').on('questions').columns(['district_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('questions_closed').on('questions').columns(['closed_at']).execute();
  await db.schema.createIndex('questions_email').on('questions').columns(['email']).execute();
  await db.schema.createIndex('questions_phone').on('questions').columns(['phone_key']).execute();

  await db.schema
    .createTable('question_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('question_links_question').on('question_links').column('question_id').execute();

  await db.schema
    .createTable('question_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('body', 'text')
    .addColumn('data', 'text')
    .addColumn('for_resident', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('question_events_question').on('question_events').columns(['question_id', 'at']).execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('referred_by', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('formal_care', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('reminder_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reminded_at', 'text')
    .addColumn('previous_referral_id', 'text')
    .execute();
  await db.schema.createIndex('referrals_question').on('referrals').column('question_id').execute();
  await db.schema.createIndex('referrals_contact_status').on('referrals').columns(['contact_id', 'status']).execute();
  await db.schema.createIndex('referrals_district_status').on('referrals').columns(['district_id', 'status', 'due_at']).execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('organization_ids', 'text', (c) => c.notNull())
    .addColumn('neighbour_help', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('how', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_by', 'text')
    .execute();
  await db.schema.createIndex('consents_question').on('consents').column('question_id').execute();
}
