import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase, openSecondConnection } from '../testing/test-database.ts';
import { createChangeTriggers, dropChangeTriggers } from './change-triggers.ts';
import { bumpVersion, versionStamp } from './data-versions.repository.ts';
import { versionsCache } from './versions-cache.ts';

describeEachDatabase('parts of pages kept per data version', (t) => {
  it('keeps a part per key until one of its versions or its moment moves, on every instance', async () => {
    let makes = 0;
    const make = () => Promise.resolve(++makes);
    const kept = versionsCache<number>(['test.b', 'test.a']);
    const other = openSecondConnection(t());
    try {
      expect(await kept(t().db, 'oost', make, 'm1')).toBe(1);
      expect(await kept(t().db, 'oost', make, 'm1')).toBe(1);
      expect(await kept(t().db, 'zuid', make, 'm1')).toBe(2);
      expect(await kept(t().db, 'oost', make, 'm2')).toBe(3);
      // A write through another connection (another instance) moves one version.
      await other.db.insertInto('data_versions').values({ name: 'test.b', version: 7 }).execute();
      expect(await kept(t().db, 'oost', make, 'm2')).toBe(4);
      expect(await kept(t().db, 'zuid', make, 'm1')).toBe(5);
      expect(await kept(t().db, 'oost', make, 'm2')).toBe(4);
      // In a transaction nothing is kept or served from memory.
      expect(
        await t()
          .db.transaction()
          .execute((trx) => kept(trx, 'oost', make, 'm2')),
      ).toBe(6);
      expect(await kept(t().db, 'oost', make, 'm2')).toBe(4);
    } finally {
      await other.close();
    }
  });

  it('keeps at most `limit` parts, letting go of the one used longest ago', async () => {
    let makes = 0;
    const kept = versionsCache<number>(['test.limit'], { limit: 2 });
    const get = (key: string) => kept(t().db, key, () => Promise.resolve(++makes));
    expect([await get('a'), await get('b'), await get('a'), await get('c')]).toEqual([1, 2, 1, 3]);
    // 'b' was used longest ago and went; 'a' and 'c' stayed.
    expect([await get('a'), await get('c'), await get('b')]).toEqual([1, 3, 4]);
  });

  it('gives uses that share one stamp read each their own part, and sees a change after it', async () => {
    let makes = 0;
    const kept = versionsCache<string>(['test.shared']);
    const make = (key: string) => () => Promise.resolve(`${key}${++makes}`);
    expect(await Promise.all([kept(t().db, 'a', make('a')), kept(t().db, 'b', make('b'))])).toEqual(['a1', 'b2']);
    await t()
      .db.transaction()
      .execute((trx) => bumpVersion(trx, 'test.shared'));
    expect(await Promise.all([kept(t().db, 'a', make('a')), kept(t().db, 'b', make('b'))])).toEqual(['a3', 'b4']);
  });

  it('does not keep a part whose making failed', async () => {
    const kept = versionsCache<string>(['test.fail']);
    await expect(kept(t().db, 'k', () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    expect(await kept(t().db, 'k', () => Promise.resolve('second try'))).toBe('second try');
  });

  it('reads all versions in one stamp, in the order asked, 0 for a version never bumped', async () => {
    await t().db.insertInto('data_versions').values({ name: 'test.stamp', version: 3 }).execute();
    expect(await versionStamp(t().db, ['test.never', 'test.stamp'])).toBe('0.3');
  });

  it('bumps a version by trigger on every insert, update and delete, in the writer’s transaction', async () => {
    const db = t().db;
    await sql`create table wp_test_things (id integer primary key, name text)`.execute(db);
    try {
      await createChangeTriggers(db, 'test.things', ['wp_test_things']);
      const version = async () => Number(await versionStamp(db, ['test.things']));
      await sql`insert into wp_test_things (id, name) values (1, 'a')`.execute(db);
      const afterInsert = await version();
      expect(afterInsert).toBeGreaterThan(0);
      await sql`update wp_test_things set name = 'b' where id = 1`.execute(db);
      const afterUpdate = await version();
      expect(afterUpdate).toBeGreaterThan(afterInsert);
      // An update that sets a row to itself (a row lock, as registrations take) leaves it on
      // PostgreSQL, where it would make writers wait; SQLite, one writer anyway, bumps.
      await sql`update wp_test_things set name = name where id = 1`.execute(db);
      expect(await version()).toBe(t().engine === 'postgres' ? afterUpdate : afterUpdate + 1);
      const afterSame = await version();
      await sql`delete from wp_test_things where id = 1`.execute(db);
      expect(await version()).toBeGreaterThan(afterSame);
      // A write that is rolled back leaves the version as it was.
      const before = await version();
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`insert into wp_test_things (id, name) values (2, 'c')`.execute(trx);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await version()).toBe(before);
      await dropChangeTriggers(db, ['wp_test_things']);
      await sql`insert into wp_test_things (id, name) values (3, 'd')`.execute(db);
      expect(await version()).toBe(before);
    } finally {
      await sql`drop table wp_test_things`.execute(db);
    }
  });
});
