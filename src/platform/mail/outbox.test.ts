import { pino } from 'pino';
import { expect, it } from 'vitest';
import { startTestSmtp } from '../testing/smtp.ts';
import { describeEachDatabase, openSecondConnection } from '../testing/test-database.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';
import { createOutbox, retryDelayMinutes } from './outbox.ts';
import { enqueueMail, listFailingMails, resendMail } from './outbox.repository.ts';

const log = pino({ level: 'silent' });

/** A mailer that only counts what it is asked to send. */
function countingMailer(): Mailer & { sent: () => number } {
  let sent = 0;
  return {
    send: () => {
      sent++;
      return Promise.resolve();
    },
    close: () => undefined,
    sent: () => sent,
  };
}

it('waits longer after each failure, up to six hours', () => {
  expect([1, 2, 3, 4, 10, 20].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 360, 360]);
});

describeEachDatabase('the mail outbox', (t) => {
  it('keeps a mail whose sender died between the commit and the send, and a restarted instance delivers it once', async () => {
    const smtp = await startTestSmtp();
    const mailer = createSmtpMailer(smtp.url, 'test@wijkportaal.localhost');
    try {
      // The action committed its change and the mail with it; the process died before sending.
      await t()
        .db.transaction()
        .execute((trx) => enqueueMail(trx, { to: 'bewoner@example.nl', subject: 'Na een crash', text: 'x' }, t().clock.now(), 'wijk.test'));
      const restarted = createOutbox({ db: t().db, mailer, clock: t().clock, log });
      expect(await restarted.drain()).toBe(1);
      expect(await restarted.drain()).toBe(0);
      expect(smtp.mails.filter((m) => m.subject === 'Na een crash')).toHaveLength(1);
      expect(smtp.mails[0]?.messageId).toMatch(/@wijk\.test>?$/);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it('asks once for many wakes, and a wake that fires after stop() sends nothing', async () => {
    const counting = countingMailer();
    const outbox = createOutbox({ db: t().db, mailer: counting, clock: t().clock, log });
    await t()
      .db.transaction()
      .execute((trx) => enqueueMail(trx, { to: 'x@example.nl', subject: 'Na het stoppen', text: 'x' }, t().clock.now(), 'wijk.test'));
    for (let i = 0; i < 1000; i++) outbox.wake();
    await outbox.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(counting.sent()).toBe(0);
    // The mail stays in the outbox for the next instance (or this one, started again).
    expect(await outbox.drain()).toBe(1);
  });

  it('sends nothing for a change that was rolled back', async () => {
    const counting = countingMailer();
    await expect(
      t()
        .db.transaction()
        .execute(async (trx) => {
          await enqueueMail(trx, { to: 'x@example.nl', subject: 'Teruggedraaid', text: 'x' }, t().clock.now(), 'wijk.test');
          throw new Error('rolled back');
        }),
    ).rejects.toThrow('rolled back');
    await createOutbox({ db: t().db, mailer: counting, clock: t().clock, log }).drain();
    expect(counting.sent()).toBe(0);
  });

  it('survives an SMTP outage: retried with back-off, delivered once after recovery, shown to administrators meanwhile', async () => {
    let up = false;
    const delivered: string[] = [];
    const flaky: Mailer = {
      send: (m) => (up ? Promise.resolve(void delivered.push(m.messageId)) : Promise.reject(new Error('connection refused'))),
      close: () => undefined,
    };
    const outbox = createOutbox({ db: t().db, mailer: flaky, clock: t().clock, log });
    const id = await enqueueMail(
      t().db,
      { to: 'y@example.nl', subject: 'Storing', text: 'x', districtId: null },
      t().clock.now(),
      'wijk.test',
    );
    expect(await outbox.drain()).toBe(0);
    expect(await outbox.drain()).toBe(0); // not due yet: the first retry waits a minute
    t().clock.advanceMinutes(1);
    expect(await outbox.drain()).toBe(0);
    const failing = await listFailingMails(t().db, 'all', 10);
    expect(failing.map((f) => [f.id, f.attempts, f.lastError])).toEqual([[id, 2, 'connection refused']]);
    up = true;
    t().clock.advanceMinutes(2);
    expect(await outbox.drain()).toBe(1);
    expect(await outbox.drain()).toBe(0);
    expect(delivered).toHaveLength(1);
    expect(await listFailingMails(t().db, 'all', 10)).toEqual([]);
  });

  it('gives up after its attempts, and an administrator can send it again', async () => {
    const down: Mailer = { send: () => Promise.reject(new Error('mailbox unavailable')), close: () => undefined };
    const outbox = createOutbox({ db: t().db, mailer: down, clock: t().clock, log, maxAttempts: 2 });
    const id = await enqueueMail(t().db, { to: 'z@example.nl', subject: 'Opgegeven', text: 'x' }, t().clock.now(), 'wijk.test');
    await outbox.drain();
    t().clock.advanceMinutes(5);
    await outbox.drain();
    const [failed] = (await listFailingMails(t().db, 'all', 10)).filter((m) => m.id === id);
    expect(failed?.failedAt).not.toBeNull();
    t().clock.advanceMinutes(600);
    await outbox.drain();
    expect((await listFailingMails(t().db, 'all', 10)).find((m) => m.id === id)?.attempts).toBe(2);
    const up = countingMailer();
    expect(await resendMail(t().db, id, t().clock.now())).toBe(true);
    await createOutbox({ db: t().db, mailer: up, clock: t().clock, log }).drain();
    expect(up.sent()).toBe(1);
  });

  it('delivers each mail once when two instances send at the same time', async () => {
    const other = openSecondConnection(t());
    const received = new Map<string, number>();
    const slow: Mailer = {
      send: async (m) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        received.set(m.messageId, (received.get(m.messageId) ?? 0) + 1);
      },
      close: () => undefined,
    };
    try {
      const ids: string[] = [];
      for (let i = 0; i < 60; i++)
        ids.push(await enqueueMail(t().db, { to: `p${i}@example.nl`, subject: 'Twee', text: 'x' }, t().clock.now(), 'wijk.test'));
      const a = createOutbox({ db: t().db, mailer: slow, clock: t().clock, log });
      const b = createOutbox({ db: other.db, mailer: slow, clock: t().clock, log });
      const [sentA, sentB] = await Promise.all([a.drain(), b.drain()]);
      expect(sentA + sentB).toBe(60);
      expect(received.size).toBe(60);
      expect([...received.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await other.close();
    }
  });
});
