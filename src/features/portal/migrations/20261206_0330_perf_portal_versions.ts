import { createChangeTriggers, dropChangeTriggers } from '../../../platform/cache/change-triggers.ts';
import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { PORTAL_START_VERSION } from '../platforms/platforms.repository.ts';
import { QA_VERSION } from '../qa/qa.repository.ts';

// Kept per data version (issue 16): the district's buurt networks and platforms on the start
// page, its questions and answers for the guide's search. Every write to them bumps theirs.
const START = ['portal_buurt_networks', 'portal_platforms'];
const QA = ['portal_qa'];

export async function up(db: MigrationDb): Promise<void> {
  await createChangeTriggers(db, PORTAL_START_VERSION, START);
  await createChangeTriggers(db, QA_VERSION, QA);
}

export async function down(db: MigrationDb): Promise<void> {
  await dropChangeTriggers(db, [...START, ...QA]);
}
