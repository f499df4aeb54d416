import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * Needs surveys (behoeftepeiling, seed 004): a survey for one or more buurten, its questions,
 * and the answers. An answer holds no personal data: the buurt, the day, online or from
 * paper, and who typed a paper form in (a volunteer, not the person who answered).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('coop_surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull().references('districts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_surveys_district').on('coop_surveys').columns(['district_id', 'opens_on']).execute();
  await db.schema
    .createTable('coop_survey_buurten')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('coop_surveys.id'))
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addPrimaryKeyConstraint('coop_survey_buurten_pk', ['survey_id', 'buurt_id'])
    .execute();
  await db.schema
    .createTable('coop_survey_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('coop_surveys.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_survey_questions_survey').on('coop_survey_questions').columns(['survey_id', 'position']).execute();
  await db.schema
    .createTable('coop_survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('coop_surveys.id'))
    .addColumn('buurt_id', 'text', (c) => c.notNull().references('buurten.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.references('users.id'))
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_survey_responses_survey').on('coop_survey_responses').columns(['survey_id', 'buurt_id']).execute();
  await db.schema
    .createTable('coop_survey_answers')
    .addColumn('response_id', 'text', (c) => c.notNull().references('coop_survey_responses.id'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('coop_survey_questions.id'))
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coop_survey_answers_question').on('coop_survey_answers').columns(['question_id']).execute();
}
