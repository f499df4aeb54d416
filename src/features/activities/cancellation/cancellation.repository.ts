import type { DbOrTx } from '../../../platform/db/schema.ts';

/** @public One date of an activity, and why it does not go on (null when it does). */
export interface DatedOccurrence {
  startsAt: string;
  endsAt: string;
  cancelled: string | null;
}

/** Every date of an activity in time order, with the cancelled ones marked (not the whole activity's cancellation). */
export async function occurrencesOf(db: DbOrTx, activityId: string): Promise<DatedOccurrence[]> {
  const rows = await db
    .selectFrom('activity_occurrences as o')
    .leftJoin('activity_cancelled_dates as c', (join) =>
      join.onRef('c.activity_id', '=', 'o.activity_id').onRef('c.starts_at', '=', 'o.starts_at'),
    )
    .select(['o.starts_at', 'o.ends_at', 'c.reason'])
    .where('o.activity_id', '=', activityId)
    .orderBy('o.starts_at')
    .execute();
  return rows.map((r) => ({ startsAt: r.starts_at, endsAt: r.ends_at, cancelled: r.reason }));
}

/** The whole activity no longer goes on; false when it was not in the agenda (any more). Calendars see a new sequence. */
export async function cancelWholeActivity(db: DbOrTx, id: string, reason: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set((eb) => ({ status: 'cancelled', cancel_reason: reason, updated_at: at, sequence: eb('sequence', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** One date no longer goes on; the activity's sequence rises so calendars change that date too. */
export async function cancelOneDate(
  db: DbOrTx,
  c: { activityId: string; startsAt: string; reason: string; by: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('activity_cancelled_dates')
    .values({ activity_id: c.activityId, starts_at: c.startsAt, reason: c.reason, cancelled_by: c.by, created_at: c.at })
    .execute();
  await db
    .updateTable('activities')
    .set((eb) => ({ updated_at: c.at, sequence: eb('sequence', '+', 1) }))
    .where('id', '=', c.activityId)
    .execute();
}
