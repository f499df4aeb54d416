import { createChangeTriggers, dropChangeTriggers } from '../../../platform/cache/change-triggers.ts';
import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { ACTIVITIES_VERSION } from '../agenda/activities.repository.ts';

// The start page keeps its "what's on" block per data version (issue 16): every write to the
// activities, their dates and their cancelled dates bumps it.
const TABLES = ['activities', 'activity_occurrences', 'activity_cancelled_dates'];

export async function up(db: MigrationDb): Promise<void> {
  await createChangeTriggers(db, ACTIVITIES_VERSION, TABLES);
}

export async function down(db: MigrationDb): Promise<void> {
  await dropChangeTriggers(db, TABLES);
}
