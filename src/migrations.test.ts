import { expect, it } from 'vitest';
import { migrations } from './migrations.ts';
import { createTestDatabase, testEngines } from './platform/testing/test-database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';

for (const engine of testEngines()) {
  it(`migrates an empty ${engine} database to the latest schema, once`, async () => {
    const testDb = await createTestDatabase(engine);
    const { database } = testDb;
    try {
      const applied = await migrateToLatest(database.db, migrations);
      expect(applied).toEqual(Object.keys(migrations).sort());
      expect(await migrateToLatest(database.db, migrations)).toEqual([]);
      const tables = (await database.db.introspection.getTables()).map((table) => table.name);
      expect(tables).toEqual(
        expect.arrayContaining(['districts', 'buurten', 'users', 'role_assignments', 'sessions', 'audit_log', 'job_runs']),
      );
    } finally {
      await testDb.drop();
    }
  });
}
