import { expect, it } from 'vitest';
import { seedDemoIfEmpty } from './demo.ts';
import { features } from './features/index.ts';
import { migrations } from './migrations.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { countDistricts } from './platform/geography/geography.repository.ts';
import { createTestDatabase, testEngines } from './platform/testing/test-database.ts';

// In one process two SQLite connections would wait for each other synchronously; SQLite's
// case is tested with two real processes in main.test.ts.
it.runIf(testEngines().includes('postgres'))(
  'loads the demo data once when two instances start on one empty postgres database',
  async () => {
    const testDb = await createTestDatabase('postgres');
    const second = openDatabase({ kind: 'postgres', url: testDb.url });
    try {
      const migrated = await Promise.all([migrateToLatest(testDb.database.db, migrations), migrateToLatest(second.db, migrations)]);
      expect(migrated.flat().sort()).toEqual(Object.keys(migrations).sort());
      const loaded = await Promise.all([
        seedDemoIfEmpty(testDb.database.db, features, systemClock),
        seedDemoIfEmpty(second.db, features, systemClock),
      ]);
      expect(loaded.sort()).toEqual([false, true]);
      expect(await countDistricts(testDb.database.db)).toBe(5);
    } finally {
      await second.close();
      await testDb.drop();
    }
  },
  120_000,
);
