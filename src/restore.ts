import { ConfigError, loadConfig } from './platform/config/config.ts';
import { restoreSqlite } from './platform/db/backup.ts';

/** `npm run restore -- <backup file>`: puts a backup in place of the SQLite database. Stop the app first. */
try {
  const config = loadConfig(process.env);
  const backup = process.argv[2];
  if (backup === undefined) throw new Error('Name the backup to restore: npm run restore -- data/backups/wijkportaal-….db');
  if (config.database.kind !== 'sqlite') throw new Error('DATABASE_URL is PostgreSQL: restore with pg_restore (see the README).');
  const { keptAs } = restoreSqlite(backup, config.database.file, new Date());
  console.log(`Restored ${backup} to ${config.database.file}.${keptAs === null ? '' : ` The database it replaced is kept as ${keptAs}.`}`);
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
