import { createChangeTriggers, dropChangeTriggers } from '../../../platform/cache/change-triggers.ts';
import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { PORTAL_START_VERSION } from '../platforms/platforms.repository.ts';

// The start page keeps the district's buurt networks and platforms per data version (issue 16):
// every write to them bumps it.
const TABLES = ['portal_buurt_networks', 'portal_platforms'];

export async function up(db: MigrationDb): Promise<void> {
  await createChangeTriggers(db, PORTAL_START_VERSION, TABLES);
}

export async function down(db: MigrationDb): Promise<void> {
  await dropChangeTriggers(db, TABLES);
}
