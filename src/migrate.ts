import { migrations } from './migrations.ts';
import { ConfigError, loadConfig } from './platform/config/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';

/** `npm run migrate`: brings the configured database to the latest schema, then exits. */
try {
  const config = loadConfig(process.env);
  const database = openDatabase(config.database);
  const applied = await migrateToLatest(database.db, migrations);
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  await database.close();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
