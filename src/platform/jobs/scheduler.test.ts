import { expect, it } from 'vitest';
import { pino } from 'pino';
import { openDatabase } from '../db/database.ts';
import { describeEachEngine } from '../testing/test-app.ts';
import { createScheduler, slotOf, type JobDefinition } from './scheduler.ts';

const log = pino({ level: 'silent' });

it('puts moments into slots', () => {
  expect(slotOf(new Date('2026-11-23T13:45:00Z'), 1440)).toBe('2026-11-23T00:00:00.000Z');
  expect(slotOf(new Date('2026-11-23T13:45:00Z'), 60)).toBe('2026-11-23T13:00:00.000Z');
});

describeEachEngine('scheduled jobs', (t) => {
  it('run once per slot, however many instances tick', async () => {
    const runs: string[] = [];
    const job: JobDefinition = {
      name: 'test.count',
      everyMinutes: 1440,
      run: ({ now }) => Promise.resolve(void runs.push(now.toISOString())),
    };
    const target =
      t().engine === 'postgres' ? { kind: 'postgres' as const, url: t().databaseUrl } : { kind: 'sqlite' as const, file: t().databaseUrl };
    const other = openDatabase(target);
    try {
      const a = createScheduler({ db: t().db, clock: t().clock, log, jobs: [job] });
      const b = createScheduler({ db: other.db, clock: t().clock, log, jobs: [job] });
      const ran = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      expect(ran.flat()).toEqual(['test.count']);
      expect(runs).toHaveLength(1);
      t().clock.advanceMinutes(24 * 60);
      await Promise.all([a.tick(), b.tick()]);
      expect(runs).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('records a failing job and goes on', async () => {
    const failing: JobDefinition = { name: 'test.fail', everyMinutes: 60, run: () => Promise.reject(new Error('kapot')) };
    const scheduler = createScheduler({ db: t().db, clock: t().clock, log, jobs: [failing] });
    expect(await scheduler.tick()).toEqual(['test.fail']);
    const row = await t().db.selectFrom('job_runs').selectAll().where('job_name', '=', 'test.fail').executeTakeFirstOrThrow();
    expect(row.error).toBe('kapot');
    expect(row.finished_at).not.toBeNull();
  });
});
