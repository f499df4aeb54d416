import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';

/** A file name for a backup made at `now`, e.g. `wijkportaal-2026-11-30T17-05-00Z.db`. */
export function backupName(now: Date): string {
  return `wijkportaal-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.db`;
}

/**
 * A consistent copy of a live SQLite database, made with SQLite's online backup while the
 * app keeps reading and writing (it copies pages and starts over where a write changed them).
 */
export async function backupSqlite(file: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(file)) throw new Error(`There is no database at ${file}.`);
  mkdirSync(dirname(target), { recursive: true });
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const result = await source.backup(target);
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}

/** Checks that a file is an SQLite database of Wijkportaal: it opens, and has a migration history. */
export function checkBackup(file: string): { migrations: number } {
  if (!existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The backup ${file} is damaged: ${String(integrity)}.`);
    const row = db.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get() as { n: number };
    if (row.n === 0) throw new Error(`${file} is not a Wijkportaal database (no migration history).`);
    const migrations = db.prepare('select count(*) as n from kysely_migration').get() as { n: number };
    return { migrations: migrations.n };
  } catch (error) {
    if (error instanceof Error && /not a database/.test(error.message)) throw new Error(`${file} is not an SQLite database.`);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database (the app must be stopped). The current database
 * is kept beside it as `<file>.before-restore-<time>`, so a restore can be undone.
 */
export function restoreSqlite(backup: string, file: string, now: Date): { keptAs: string | null } {
  checkBackup(backup);
  let keptAs: string | null = null;
  if (existsSync(file)) {
    keptAs = `${file}.before-restore-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
    renameSync(file, keptAs);
  }
  // The old write-ahead log belongs to the old file: left here it would be replayed on the backup.
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(backup, file);
  return { keptAs };
}

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}
