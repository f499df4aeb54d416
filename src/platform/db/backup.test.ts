import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { backupName, backupSqlite, checkBackup, restoreSqlite } from './backup.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrator.ts';
import { platformMigrations } from './platform-migrations.ts';

it('names backups by their moment', () => {
  expect(backupName(new Date('2026-11-30T17:05:09.123Z'))).toBe('wijkportaal-2026-11-30T17-05-09Z.db');
});

it('copies a live SQLite database while it is written, and restores it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-backup-'));
  const file = join(dir, 'data', 'wijkportaal.db');
  const live = openDatabase({ kind: 'sqlite', file });
  try {
    await migrateToLatest(live.db, platformMigrations);
    const write = (i: number) =>
      live.db
        .insertInto('submissions')
        .values({ key: `k${i}`, created_at: new Date().toISOString(), value: null })
        .execute();
    for (let i = 0; i < 200; i++) await write(i);
    // Writes go on while the backup runs.
    const writing = (async () => {
      for (let i = 200; i < 400; i++) await write(i);
    })();
    const target = join(dir, 'backups', backupName(new Date()));
    await backupSqlite(file, target);
    await writing;
    expect(checkBackup(target).migrations).toBe(Object.keys(platformMigrations).length);

    const copy = openDatabase({ kind: 'sqlite', file: target });
    const copied = (await copy.db.selectFrom('submissions').select('key').execute()).length;
    await copy.close();
    expect(copied).toBeGreaterThanOrEqual(200);
    expect(copied).toBeLessThanOrEqual(400);

    await live.close();
    const { keptAs } = restoreSqlite(target, file, new Date());
    expect(keptAs).toMatch(/before-restore/);
    const restored = openDatabase({ kind: 'sqlite', file });
    expect((await restored.db.selectFrom('submissions').select('key').execute()).length).toBe(copied);
    await restored.close();
  } finally {
    await live.close().catch(() => undefined);
  }
});

it('refuses to restore what is not a Wijkportaal database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-backup-'));
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not a database');
  expect(() => restoreSqlite(junk, join(dir, 'w.db'), new Date())).toThrow(/not an SQLite database/);
  expect(() => restoreSqlite(join(dir, 'missing.db'), join(dir, 'w.db'), new Date())).toThrow(/no backup/);
});
