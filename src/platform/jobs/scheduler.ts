import type { FastifyBaseLogger } from 'fastify';
import { newId, type Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { sql } from 'kysely';

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

/** How long a run is its instance's; it is renewed while the job runs. */
const LEASE_MINUTES = 5;

const leaseFrom = (now: Date) => new Date(now.getTime() + LEASE_MINUTES * 60_000).toISOString();

/**
 * Every instance ticks; the first to insert (job, slot) runs it, the others see the
 * conflict and skip. So a job runs once per slot however many instances there are. A run
 * whose instance died (its lease ran out without it finishing) is taken over by the next
 * instance that ticks.
 */
async function claimSlot(db: Db, job: string, slot: string, instanceId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const inserted = await db
    .insertInto('job_runs')
    .values({ job_name: job, slot, instance_id: instanceId, started_at: at, finished_at: null, error: null, lease_until: leaseFrom(now) })
    .onConflict((oc) => oc.columns(['job_name', 'slot']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
  const taken = await db
    .updateTable('job_runs')
    .set({ instance_id: instanceId, started_at: at, lease_until: leaseFrom(now), attempts: sql<number>`attempts + 1` })
    .where('job_name', '=', job)
    .where('slot', '=', slot)
    .where('finished_at', 'is', null)
    .where('lease_until', '<', at)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) > 0;
}

async function renewLease(db: Db, job: string, slot: string, instanceId: string, now: Date): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ lease_until: leaseFrom(now) })
    .where('job_name', '=', job)
    .where('slot', '=', slot)
    .where('instance_id', '=', instanceId)
    .where('finished_at', 'is', null)
    .execute()
    .catch(() => undefined);
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
    const renew = setInterval(() => void renewLease(deps.db, job.name, slot, instanceId, deps.clock.now()), (LEASE_MINUTES * 60_000) / 3);
    renew.unref();
    try {
      await job.run({ db: deps.db, now, log: deps.log });
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      deps.log.error({ err, job: job.name }, 'job failed');
    } finally {
      clearInterval(renew);
    }
    await deps.db
      .updateTable('job_runs')
      .set({ finished_at: deps.clock.now().toISOString(), error, lease_until: null })
      .where('job_name', '=', job.name)
      .where('slot', '=', slot)
      .where('instance_id', '=', instanceId)
      .execute();
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
