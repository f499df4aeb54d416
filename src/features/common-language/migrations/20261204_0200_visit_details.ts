import type { MigrationDb } from '../../../platform/db/migrator.ts';

/**
 * A buurt assistant's visit is a conversation of kind `buurt_visit` with a few details of its
 * own: the day, where it took place, the resident's contact (only with their consent), what was
 * agreed and the next step with its date. One table, so the conversation page shows every kind.
 */
export async function up(db: MigrationDb): Promise<void> {
  for (const column of [
    'visited_on',
    'place',
    'walk_in_location_id',
    'resident_email',
    'resident_phone',
    'agreed',
    'next_step',
    'next_step_on',
  ]) {
    await db.schema.alterTable('conversations').addColumn(column, 'text').execute();
  }
  await db.schema.createIndex('conversations_visits').on('conversations').columns(['district_id', 'kind', 'visited_on']).execute();
}
