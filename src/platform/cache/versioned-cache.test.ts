import { expect, it } from 'vitest';
import { describeEachDatabase, openSecondConnection } from '../testing/test-database.ts';
import { bumpVersion } from './data-versions.repository.ts';
import { versionedCache } from './versioned-cache.ts';

describeEachDatabase('a cache that every instance renews when the data changes', (t) => {
  it('reads the data once, and again on every instance after a change', async () => {
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const other = openSecondConnection(t());
    try {
      const a = versionedCache(t().db, 'test.things', load, 0);
      const b = versionedCache(other.db, 'test.things', load, 0);
      expect(await a.get()).toBe(1);
      expect(await a.get()).toBe(1);
      expect(await b.get()).toBe(2);
      expect(await b.get()).toBe(2);
      // A writer on instance A changes the data; B notices at its next check.
      await t()
        .db.transaction()
        .execute((trx) => bumpVersion(trx, 'test.things'));
      expect(await b.get()).toBe(3);
      expect(await a.get()).toBe(4);
      expect(await a.get()).toBe(4);
    } finally {
      await other.close();
    }
  });

  it('asks the database at most once per interval', async () => {
    let loads = 0;
    const cache = versionedCache(t().db, 'test.slow', () => Promise.resolve(++loads), 60_000);
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    await t()
      .db.transaction()
      .execute((trx) => bumpVersion(trx, 'test.slow'));
    expect(await cache.get()).toBe(1);
    expect(loads).toBe(1);
  });
});
