import type { FastifyBaseLogger } from 'fastify';
import { newId, type Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { claimSlot, finishRun, LEASE_MINUTES, renewLease } from './job-runs.repository.ts';

/** @public */
export interface JobContext {
  db: Db;
  now: Date;
  log: FastifyBaseLogger;
}

export interface JobDefinition {
  name: string;
  /** How often the job is due: once per slot of this many minutes (1440 = daily). */
  everyMinutes: number;
  run(ctx: JobContext): Promise<void>;
}

/** The slot a moment falls in, e.g. `2026-11-23T00:00:00.000Z` for a daily job. */
export function slotOf(now: Date, everyMinutes: number): string {
  const size = everyMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size).toISOString();
}

export interface Scheduler {
  /** Runs every due job once; returns the names of the jobs this instance ran. */
  tick(): Promise<string[]>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

export function createScheduler(deps: { db: Db; clock: Clock; log: FastifyBaseLogger; jobs: readonly JobDefinition[] }): Scheduler {
  const instanceId = newId();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;

  async function runOne(job: JobDefinition, now: Date): Promise<boolean> {
    const slot = slotOf(now, job.everyMinutes);
    if (!(await claimSlot(deps.db, job.name, slot, instanceId, now))) return false;
    let error: string | null = null;
    // Renew the lease while the job runs, so a long run is not taken over while it is alive.
    const renew = setInterval(
      () => void renewLease(deps.db, { job: job.name, slot, instanceId }, deps.clock.now()),
      (LEASE_MINUTES * 60_000) / 3,
    );
    renew.unref();
    try {
      await job.run({ db: deps.db, now, log: deps.log });
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      deps.log.error({ err, job: job.name }, 'job failed');
    } finally {
      clearInterval(renew);
    }
    await finishRun(deps.db, { job: job.name, slot, instanceId }, deps.clock.now(), error);
    return true;
  }

  async function tick(): Promise<string[]> {
    const now = deps.clock.now();
    const ran: string[] = [];
    for (const job of deps.jobs) if (await runOne(job, now)) ran.push(job.name);
    return ran;
  }

  return {
    tick,
    start(intervalMs = 60_000) {
      const safeTick = () => {
        running ??= tick()
          .catch((err: unknown) => {
            deps.log.error({ err }, 'scheduler tick failed');
            return [];
          })
          .finally(() => (running = undefined));
      };
      timer = setInterval(safeTick, intervalMs);
      timer.unref();
      safeTick();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
