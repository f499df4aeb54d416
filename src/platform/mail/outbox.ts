import type { FastifyBaseLogger } from 'fastify';
import { newId, type Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import type { Mailer } from './mailer.ts';
import { claimDueMails, markFailed, markSent, type OutboxMail } from './outbox.repository.ts';

/** Delivers what actions put in the outbox (`enqueueMail`), on every instance, each mail once. */
export interface Outbox {
  /** A commit queued mail: deliver it now rather than at the next poll. */
  wake(): void;
  /** Delivers every mail due now; resolves with how many were sent. */
  drain(): Promise<number>;
  start(pollMs?: number): void;
  stop(): Promise<void>;
}

export interface OutboxOptions {
  db: Db;
  mailer: Mailer;
  clock: Clock;
  log: FastifyBaseLogger;
  /** How long a claimed mail is this instance's; after that another instance may send it. */
  leaseSeconds?: number;
  /** Attempts before a mail is given up and shown to administrators. */
  maxAttempts?: number;
}

const BATCH = 20;

/** Minutes to wait after the n-th failed attempt: 1, 2, 4 … up to six hours. */
export function retryDelayMinutes(failedAttempts: number): number {
  return Math.min(2 ** Math.max(0, failedAttempts - 1), 360);
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { db, mailer, clock, log } = options;
  const instance = newId();
  const leaseMs = (options.leaseSeconds ?? 120) * 1000;
  const maxAttempts = options.maxAttempts ?? 12;
  let running: Promise<number> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let wakePending = false;

  async function deliver(mail: OutboxMail): Promise<boolean> {
    try {
      await mailer.send(mail);
      await markSent(db, mail.id, instance, clock.now());
      return true;
    } catch (err) {
      const failed = mail.attempts + 1;
      const now = clock.now();
      const retryAt = failed >= maxAttempts ? null : new Date(now.getTime() + retryDelayMinutes(failed) * 60_000);
      log.warn({ err, mail: mail.id, attempts: failed, giveUp: retryAt === null }, 'mail could not be sent; it stays in the outbox');
      await markFailed(db, mail.id, instance, err instanceof Error ? err.message : String(err), now, retryAt);
      return false;
    }
  }

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const now = clock.now();
      const batch = await claimDueMails(db, instance, now, new Date(now.getTime() + leaseMs), BATCH);
      for (const mail of batch) if (await deliver(mail)) sent++;
      if (batch.length < BATCH || stopped) return sent;
    }
  }

  // A wake that came while a round ran asks for one more round.
  const wokenMeanwhile = () => again && !stopped;

  function drain(): Promise<number> {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      let sent = 0;
      do {
        again = false;
        sent += await drainOnce();
      } while (wokenMeanwhile());
      return sent;
    })()
      .catch((err: unknown) => {
        log.error({ err }, 'outbox could not be read; trying again at the next poll');
        return 0;
      })
      .finally(() => (running = undefined));
    return running;
  }

  return {
    // One wake waits at a time (a job that queues 50,000 mails asks once), and a wake that
    // fires after stop() starts no round: stopping means no more sending from this instance.
    wake() {
      if (stopped || wakePending) return;
      wakePending = true;
      setImmediate(() => {
        wakePending = false;
        if (!stopped) void drain();
      });
    },
    drain,
    start(pollMs = 5_000) {
      stopped = false;
      timer = setInterval(() => void drain(), pollMs);
      timer.unref();
      void drain();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
