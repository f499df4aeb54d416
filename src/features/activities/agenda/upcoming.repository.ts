import type { DbOrTx } from '../../../platform/db/schema.ts';

/** @public One date of a published activity, as a digest or newspaper lists it. */
export interface UpcomingActivity {
  id: string;
  title: string;
  buurtId: string | null;
  startsAt: string;
  locationId: string;
}

/**
 * The published activities' dates in [from, to), in time order: of one buurt and those for
 * the whole district, or (buurt null) of the whole district. For the digest and the newspaper.
 */
export async function upcomingActivities(
  db: DbOrTx,
  districtId: string,
  window: { from: string; to: string; buurtId: string | null; limit: number },
): Promise<UpcomingActivity[]> {
  let query = db
    .selectFrom('activity_occurrences as o')
    .innerJoin('activities as a', 'a.id', 'o.activity_id')
    .select(['a.id', 'a.title', 'a.buurt_id', 'a.location_id', 'o.starts_at'])
    .where('o.district_id', '=', districtId)
    .where('o.starts_at', '>=', window.from)
    .where('o.starts_at', '<', window.to)
    .where('a.status', '=', 'published')
    // A cancelled date is not news for a digest or the paper.
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('activity_cancelled_dates as c')
            .select('c.activity_id')
            .whereRef('c.activity_id', '=', 'o.activity_id')
            .whereRef('c.starts_at', '=', 'o.starts_at'),
        ),
      ),
    );
  const buurtId = window.buurtId;
  if (buurtId !== null) query = query.where((eb) => eb.or([eb('a.buurt_id', '=', buurtId), eb('a.buurt_id', 'is', null)]));
  const rows = await query.orderBy('o.starts_at').orderBy('a.id').limit(window.limit).execute();
  return rows.map((r) => ({ id: r.id, title: r.title, buurtId: r.buurt_id, startsAt: r.starts_at, locationId: r.location_id }));
}
