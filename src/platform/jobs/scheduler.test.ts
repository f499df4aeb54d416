import { expect, it } from 'vitest';
import { pino } from 'pino';
import { describeEachDatabase, openSecondConnection } from '../testing/test-database.ts';
import { createScheduler, slotOf, type JobDefinition } from './scheduler.ts';

const log = pino({ level: 'silent' });

it('puts moments into slots', () => {
  expect(slotOf(new Date('2026-11-23T13:45:00Z'), 1440)).toBe('2026-11-23T00:00:00.000Z');
  expect(slotOf(new Date('2026-11-23T13:45:00Z'), 60)).toBe('2026-11-23T13:00:00.000Z');
});

describeEachDatabase('scheduled jobs', (t) => {
  it('run once per slot, however many instances tick', async () => {
    const runs: string[] = [];
    const job: JobDefinition = {
      name: 'test.count',
      everyMinutes: 1440,
      run: ({ now }) => Promise.resolve(void runs.push(now.toISOString())),
    };
    const other = openSecondConnection(t());
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

  it('lets another instance finish a run whose instance died, once its lease has run out', async () => {
    const done: string[] = [];
    // Instance A claims the slot and never finishes: its process was killed mid-run.
    const dying: JobDefinition = { name: 'test.lease', everyMinutes: 1440, run: () => new Promise<void>(() => undefined) };
    const healthy: JobDefinition = { name: 'test.lease', everyMinutes: 1440, run: () => Promise.resolve(void done.push('b')) };
    const other = openSecondConnection(t());
    try {
      const a = createScheduler({ db: t().db, clock: t().clock, log, jobs: [dying] });
      const b = createScheduler({ db: other.db, clock: t().clock, log, jobs: [healthy] });
      void a.tick();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await b.tick()).toEqual([]);
      t().clock.advanceMinutes(4);
      expect(await b.tick()).toEqual([]);
      t().clock.advanceMinutes(2);
      expect(await b.tick()).toEqual(['test.lease']);
      expect(done).toEqual(['b']);
      const row = await t().db.selectFrom('job_runs').selectAll().where('job_name', '=', 'test.lease').executeTakeFirstOrThrow();
      expect(row.finished_at).not.toBeNull();
      expect(row.attempts).toBe(2);
    } finally {
      await other.close();
    }
  });
});
