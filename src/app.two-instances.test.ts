import { expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { openDatabase } from './platform/db/database.ts';
import { TestClient } from './platform/testing/client.ts';
import { describeEachEngine } from './testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from './platform/testing/users.ts';

describeEachEngine('several app instances on one database', (t) => {
  it('honours a session made on one instance on the other', async () => {
    await createTestUser(t().db, { email: 'twee@wijk.example', roles: [{ role: 'volunteer', district: 'oost' }] });
    const target =
      t().engine === 'postgres' ? { kind: 'postgres' as const, url: t().databaseUrl } : { kind: 'sqlite' as const, file: t().databaseUrl };
    const secondDatabase = openDatabase(target);
    const second = await buildApp({ ...t().deps, database: secondDatabase });
    try {
      const onFirst = t().client();
      await onFirst.signIn('twee@wijk.example', TEST_PASSWORD);
      const onSecond = new TestClient(second);
      onSecond.setCookie('wp_session', onFirst.cookie('wp_session') ?? '');
      const me = await onSecond.json('GET', '/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json().email).toBe('twee@wijk.example');
    } finally {
      await second.close();
      await secondDatabase.close();
    }
  });
});
