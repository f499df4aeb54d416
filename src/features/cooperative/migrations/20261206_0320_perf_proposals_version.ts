import { createChangeTriggers, dropChangeTriggers } from '../../../platform/cache/change-triggers.ts';
import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { PROPOSALS_VERSION } from '../proposals/proposals.repository.ts';

// The start page keeps its block of approved projects per data version (issue 16): every write
// to the proposals bumps it.
const TABLES = ['coop_proposals'];

export async function up(db: MigrationDb): Promise<void> {
  await createChangeTriggers(db, PROPOSALS_VERSION, TABLES);
}

export async function down(db: MigrationDb): Promise<void> {
  await dropChangeTriggers(db, TABLES);
}
