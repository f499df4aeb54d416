import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';

/** How long a run is its instance's; it is renewed while the job runs. */
export const LEASE_MINUTES = 5;

const leaseFrom = (now: Date) => new Date(now.getTime() + LEASE_MINUTES * 60_000).toISOString();

interface Run {
  job: string;
  slot: string;
  instanceId: string;
}

/**
 * Every instance ticks; the first to insert (job, slot) runs it, the others see the
 * conflict and skip. So a job runs once per slot however many instances there are. A run
 * whose instance died (its lease ran out without it finishing) is taken over by the next
 * instance that ticks.
 */
export async function claimSlot(db: Db, job: string, slot: string, instanceId: string, now: Date): Promise<boolean> {
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

export async function renewLease(db: Db, run: Run, now: Date): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ lease_until: leaseFrom(now) })
    .where('job_name', '=', run.job)
    .where('slot', '=', run.slot)
    .where('instance_id', '=', run.instanceId)
    .where('finished_at', 'is', null)
    .execute()
    .catch(() => undefined);
}

export async function finishRun(db: Db, run: Run, now: Date, error: string | null): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ finished_at: now.toISOString(), error, lease_until: null })
    .where('job_name', '=', run.job)
    .where('slot', '=', run.slot)
    .where('instance_id', '=', run.instanceId)
    .execute();
}
