import { createChangeTriggers, dropChangeTriggers } from '../../../platform/cache/change-triggers.ts';
import type { MigrationDb } from '../../../platform/db/migrator.ts';
import { PROGRAMMES_VERSION } from '../programmes/programmes.repository.ts';

// What a district shows may follow its programmes (the city's Thuis in je Wijk questions in
// the guide's search, issue 16): every write to them bumps their data version.
const TABLES = ['pact_programmes', 'pact_programme_districts'];

export async function up(db: MigrationDb): Promise<void> {
  await createChangeTriggers(db, PROGRAMMES_VERSION, TABLES);
}

export async function down(db: MigrationDb): Promise<void> {
  await dropChangeTriggers(db, TABLES);
}
