import type { MigrationDb } from '../../../platform/db/migrator.ts';

/** Case meetings (MDO) on a question, their partners and agreements (seed 000 §8). */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('case_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id'))
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('meets_on', 'text', (c) => c.notNull())
    .addColumn('convened_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('convener_organization_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('case_meeting_partners')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('case_meetings.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_meeting_partners_pk', ['meeting_id', 'organization_id'])
    .execute();
  await db.schema
    .createTable('case_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('case_meetings.id').onDelete('cascade'))
    .addColumn('lead_organization_id', 'text', (c) => c.notNull())
    .addColumn('next_step', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
