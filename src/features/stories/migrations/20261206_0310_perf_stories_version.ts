import { createChangeTriggers, dropChangeTriggers } from '../../../platform/cache/change-triggers.ts';
import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { STORIES_VERSION } from '../story/story.repository.ts';

// The start page keeps its news block per data version (issue 16): every write to the stories
// bumps it.
const TABLES = ['stories'];

export async function up(db: MigrationDb): Promise<void> {
  await createChangeTriggers(db, STORIES_VERSION, TABLES);
}

export async function down(db: MigrationDb): Promise<void> {
  await dropChangeTriggers(db, TABLES);
}
