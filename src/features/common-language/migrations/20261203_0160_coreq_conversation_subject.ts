import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * A conversation recorded inside an intake form belongs to what it led to: a help request
 * (`help_request`) or a question (`question`). A conversation on its own page has neither.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('conversations').addColumn('subject_type', 'text').execute();
  await db.schema.alterTable('conversations').addColumn('subject_id', 'text').execute();
  await db.schema.createIndex('conversations_subject').on('conversations').columns(['subject_type', 'subject_id']).execute();
}
