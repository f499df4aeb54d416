import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Project proposals and their call for people ("wij zoeken"), pool 2 of the talent
 * inventory (pool 1 is neighbour help's volunteers), and the student pool with the
 * long-running needs referred to it (seed 004, seed 000 §5).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('buurt_id', 'text', (c) => c.references('buurten.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('for_whom', 'text', (c) => c.notNull())
    .addColumn('needs_people', 'integer', (c) => c.notNull())
    .addColumn('needs_money_cents', 'integer')
    .addColumn('needs_place', 'integer', (c) => c.notNull())
    .addColumn('needs_note', 'text')
    .addColumn('proposer_kind', 'text', (c) => c.notNull())
    .addColumn('proposer_name', 'text', (c) => c.notNull())
    .addColumn('proposer_email', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_reason', 'text')
    .addColumn('decision_id', 'text', (c) => c.references('coop_decisions.id'))
    .addColumn('call_talent', 'text')
    .addColumn('call_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_proposals_district').on('coop_proposals').columns(['district_id', 'status']).execute();
  await db.schema
    .createTable('coop_call_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('coop_proposals.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('matched_by', 'text', (c) => c.references('users.id'))
    .addColumn('matched_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_call_matches_once').on('coop_call_matches').columns(['proposal_id', 'user_id']).unique().execute();
  await db.schema
    .createTable('coop_pool_people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addColumn('talents', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('availability', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_pool_people_user').on('coop_pool_people').columns(['district_id', 'user_id']).unique().execute();
  await db.schema
    .createTable('coop_students')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('programme', 'text', (c) => c.notNull())
    .addColumn('institution', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('hours_per_week', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_students_district').on('coop_students').columns(['district_id', 'period_end']).execute();
  await db.schema
    .createTable('coop_student_referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.references('coop_students.id'))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('coop_student_referrals_request')
    .on('coop_student_referrals')
    .columns(['district_id', 'request_id'])
    .execute();
}
