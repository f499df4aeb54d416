import { join } from 'node:path';
import { ConfigError, loadConfig } from './platform/config/config.ts';
import { backupName, backupSqlite, defaultBackupFolder } from './platform/db/backup.ts';

/**
 * `npm run backup [-- <file>]`: a consistent copy of the SQLite database while the app runs.
 * PostgreSQL is backed up with its own tools (README).
 */
try {
  const config = loadConfig(process.env);
  if (config.database.kind !== 'sqlite') {
    console.error('DATABASE_URL is PostgreSQL: make backups with pg_dump (see the README, "Backups").');
    process.exitCode = 1;
  } else {
    const target = process.argv[2] ?? join(defaultBackupFolder(config.dataDir), backupName(new Date()));
    const { pages } = await backupSqlite(config.database.file, target);
    console.log(`Backup made: ${target} (${pages} pages).`);
  }
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
