import { pino } from 'pino';
import { expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import type { AppDeps } from '../feature.ts';
import { createOutbox } from '../mail/outbox.ts';
import { describeEachDatabase, openSecondConnection, type PlatformTestDb } from '../testing/test-database.ts';
import { queueMail, runAction, type ActionContext } from './action.ts';
import { refusal, refuse, success } from './outcome.ts';

function contextOf(t: PlatformTestDb, once: string | null = null, db = t.db): ActionContext {
  const config = { ...loadConfig({ NODE_ENV: 'test', BASE_URL: 'https://wijk.test' }), sessionSecret: 'x'.repeat(32) };
  const database = { db, engine: t.engine, close: () => Promise.resolve(), ping: () => Promise.resolve(true) };
  const mailer = { send: () => Promise.resolve(), close: () => undefined };
  const outbox = createOutbox({ db, mailer, clock: t.clock, log: pino({ level: 'silent' }) });
  const deps: AppDeps = { config, database, outbox, clock: t.clock };
  return { deps, user: null, requestId: null, now: t.clock.now(), once };
}

const mailsTo = async (t: PlatformTestDb, to: string) =>
  (await t.db.selectFrom('mail_outbox').select('id').where('to_address', '=', to).execute()).length;

describeEachDatabase('the action layer', (t) => {
  it('commits the change and its mail together', async () => {
    const outcome = await runAction(contextOf(t()), async (trx) => {
      await queueMail(trx, contextOf(t()), { to: 'a@example.nl', subject: 's', text: 't' });
      return success('done');
    });
    expect(outcome).toEqual({ ok: true, value: 'done' });
    expect(await mailsTo(t(), 'a@example.nl')).toBe(1);
  });

  it('rolls back everything on a refusal, answered or thrown halfway', async () => {
    const answered = await runAction(contextOf(t()), async (trx) => {
      await queueMail(trx, contextOf(t()), { to: 'b@example.nl', subject: 's', text: 't' });
      return refusal('x.full', { field: 'seat', status: 409 });
    });
    expect(answered).toEqual({ ok: false, errors: { seat: { code: 'x.full' } }, status: 409 });
    const thrown = await runAction(contextOf(t()), async (trx) => {
      await queueMail(trx, contextOf(t()), { to: 'b@example.nl', subject: 's', text: 't' });
      refuse('x.changed', { status: 409 });
    });
    expect(thrown).toEqual({ ok: false, errors: { _form: { code: 'x.changed' } }, status: 409 });
    expect(await mailsTo(t(), 'b@example.nl')).toBe(0);
  });

  it('does a submission once, however often it is sent with its one-time key', async () => {
    let runs = 0;
    const act = (db = t().db) =>
      runAction(contextOf(t(), 'key-0001-abcdef', db), async (trx) => {
        runs++;
        await queueMail(trx, contextOf(t()), { to: 'c@example.nl', subject: 's', text: 't' });
        return success({ id: `q${runs}` });
      });
    // A second instance on PostgreSQL; SQLite's one writer is one connection per process.
    const other = openSecondConnection(t());
    try {
      const answers = await Promise.all([act(), act(t().engine === 'postgres' ? other.db : t().db), act()]);
      expect(answers.map((a) => a.ok && a.value)).toEqual([{ id: 'q1' }, { id: 'q1' }, { id: 'q1' }]);
      expect(runs).toBe(1);
      expect(await mailsTo(t(), 'c@example.nl')).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('lets a refused submission be sent again with the same key', async () => {
    let first = true;
    const act = () =>
      runAction(contextOf(t(), 'key-0002-abcdef'), () => {
        const answer = first ? refusal('x.invalid') : success('ok');
        first = false;
        return Promise.resolve(answer);
      });
    expect((await act()).ok).toBe(false);
    expect(await act()).toEqual({ ok: true, value: 'ok' });
  });
});
