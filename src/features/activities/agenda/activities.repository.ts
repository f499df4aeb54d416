import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Occurrence } from './recurrence.rules.ts';
import { statusOf, themeOf, type ActivityStatus, type ActivityTheme } from './activity.rules.ts';

export interface ActivityFields {
  buurtId: string | null;
  title: string;
  description: string;
  audience: string;
  theme: ActivityTheme;
  locationId: string;
  startsLocal: string;
  durationMinutes: number;
  rrule: string;
  exdates: string[];
  costCents: number;
  organizerName: string;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
  registration: boolean;
  capacity: number | null;
}

export interface Activity extends ActivityFields {
  id: string;
  districtId: string;
  organizerUserId: string | null;
  status: ActivityStatus;
  /** Why it does not go on (residents read it); null unless cancelled. */
  cancelReason: string | null;
  sequence: number;
  updatedAt: string;
}

const columns = [
  'id',
  'district_id',
  'buurt_id',
  'title',
  'description',
  'audience',
  'theme',
  'location_id',
  'starts_local',
  'duration_minutes',
  'rrule',
  'exdates',
  'cost_cents',
  'organizer_name',
  'organizer_user_id',
  'contact_name',
  'contact_phone',
  'contact_email',
  'registration',
  'capacity',
  'status',
  'cancel_reason',
  'sequence',
  'updated_at',
] as const;

type Row = {
  [K in (typeof columns)[number]]: K extends 'duration_minutes' | 'cost_cents' | 'registration' | 'sequence'
    ? number
    : K extends 'capacity'
      ? number | null
      : K extends 'buurt_id' | 'organizer_user_id' | 'contact_phone' | 'contact_email' | 'cancel_reason'
        ? string | null
        : string;
};

const activityOf = (r: Row): Activity => ({
  id: r.id,
  districtId: r.district_id,
  buurtId: r.buurt_id,
  title: r.title,
  description: r.description,
  audience: r.audience,
  theme: themeOf(r.theme),
  locationId: r.location_id,
  startsLocal: r.starts_local,
  durationMinutes: r.duration_minutes,
  rrule: r.rrule,
  exdates: r.exdates === '' ? [] : r.exdates.split(','),
  costCents: r.cost_cents,
  organizerName: r.organizer_name,
  organizerUserId: r.organizer_user_id,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  contactEmail: r.contact_email,
  registration: r.registration === 1,
  capacity: r.capacity,
  status: statusOf(r.status),
  cancelReason: r.cancel_reason,
  sequence: r.sequence,
  updatedAt: r.updated_at,
});

function rowOf(f: ActivityFields) {
  return {
    buurt_id: f.buurtId,
    title: f.title,
    description: f.description,
    audience: f.audience,
    theme: f.theme,
    location_id: f.locationId,
    starts_local: f.startsLocal,
    duration_minutes: f.durationMinutes,
    rrule: f.rrule,
    exdates: f.exdates.join(','),
    cost_cents: f.costCents,
    organizer_name: f.organizerName,
    contact_name: f.contactName,
    contact_phone: f.contactPhone,
    contact_email: f.contactEmail,
    registration: f.registration ? 1 : 0,
    capacity: f.capacity,
  };
}

export async function insertActivity(
  db: DbOrTx,
  a: ActivityFields & { districtId: string; organizerUserId: string | null; status: ActivityStatus; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('activities')
    .values({
      id,
      district_id: a.districtId,
      organizer_user_id: a.organizerUserId,
      status: a.status,
      created_at: a.at,
      updated_at: a.at,
      ...rowOf(a),
    })
    .execute();
  return id;
}

/** Changing an activity raises its sequence, so calendars move it too. */
export async function updateActivity(db: DbOrTx, id: string, f: ActivityFields, at: string): Promise<void> {
  await db
    .updateTable('activities')
    .set((eb) => ({ ...rowOf(f), updated_at: at, sequence: eb('sequence', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Moves an activity from one status to another; false when someone else was first. */
export async function setActivityStatus(db: DbOrTx, id: string, from: ActivityStatus, to: ActivityStatus, at: string): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set((eb) => ({ status: to, updated_at: at, sequence: eb('sequence', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Holds the activity's row until the transaction ends: registrations for it queue up behind each other. */
export async function lockActivity(trx: DbOrTx, id: string): Promise<void> {
  await trx
    .updateTable('activities')
    .set((eb) => ({ sequence: eb.ref('sequence') }))
    .where('id', '=', id)
    .execute();
}

export async function replaceOccurrences(
  db: DbOrTx,
  activity: { id: string; districtId: string },
  occurrences: readonly Occurrence[],
): Promise<void> {
  await db.deleteFrom('activity_occurrences').where('activity_id', '=', activity.id).execute();
  for (let i = 0; i < occurrences.length; i += 200) {
    const rows = occurrences
      .slice(i, i + 200)
      .map((o) => ({ activity_id: activity.id, district_id: activity.districtId, starts_at: o.startsAt, ends_at: o.endsAt }));
    await db.insertInto('activity_occurrences').values(rows).execute();
  }
}

export async function findActivity(db: DbOrTx, districtId: string, id: string): Promise<Activity | undefined> {
  const row = await db
    .selectFrom('activities')
    .select(columns)
    .where('id', '=', id)
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return row === undefined ? undefined : activityOf(row);
}

export async function activitiesWhere(
  db: DbOrTx,
  districtId: string,
  by: { status?: ActivityStatus; organizerUserId?: string; ids?: readonly string[] },
): Promise<Activity[]> {
  let query = db.selectFrom('activities').select(columns).where('district_id', '=', districtId);
  if (by.status !== undefined) query = query.where('status', '=', by.status);
  if (by.organizerUserId !== undefined) query = query.where('organizer_user_id', '=', by.organizerUserId);
  if (by.ids !== undefined) {
    if (by.ids.length === 0) return [];
    query = query.where('id', 'in', [...by.ids]);
  }
  return (await query.orderBy('starts_local').execute()).map(activityOf);
}

/** Whether a coordinator has approved (published) an activity of this organiser before. */
export async function hasPublishedBefore(db: DbOrTx, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('activities')
    .select('id')
    .where('organizer_user_id', '=', userId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row !== undefined;
}

export interface AgendaFilter {
  from: string;
  to: string;
  buurtId?: string;
  theme?: ActivityTheme;
  free?: boolean;
  /** Only at these places (the accessible ones). */
  locationIds?: readonly string[];
  activityId?: string;
  limit?: number;
}

export interface AgendaItem {
  activity: Activity;
  startsAt: string;
  endsAt: string;
  /** Why this date does not go on (the whole activity's reason, or this date's); null when it does. */
  cancelled: string | null;
}

/** The data version every write to the activities, their dates and cancelled dates bumps (by trigger). */
export const ACTIVITIES_VERSION = 'activities';

/**
 * Published activities happening in [from, to), each occurrence once, in time order. What
 * is cancelled stays in, marked, so residents read "gaat niet door" rather than miss it.
 */
export async function agendaItems(db: DbOrTx, districtId: string, filter: AgendaFilter): Promise<AgendaItem[]> {
  let query = db
    .selectFrom('activity_occurrences as o')
    .innerJoin('activities as a', 'a.id', 'o.activity_id')
    .select(columns.map((c) => `a.${c}` as const))
    .leftJoin('activity_cancelled_dates as c', (join) =>
      join.onRef('c.activity_id', '=', 'o.activity_id').onRef('c.starts_at', '=', 'o.starts_at'),
    )
    .select(['o.starts_at as occurrence_start', 'o.ends_at as occurrence_end', 'c.reason as date_cancelled'])
    .where('o.district_id', '=', districtId)
    .where('o.starts_at', '>=', filter.from)
    .where('o.starts_at', '<', filter.to)
    .where('a.status', 'in', ['published', 'cancelled']);
  if (filter.buurtId !== undefined) query = query.where('a.buurt_id', '=', filter.buurtId);
  if (filter.theme !== undefined) query = query.where('a.theme', '=', filter.theme);
  if (filter.free === true) query = query.where('a.cost_cents', '=', 0);
  if (filter.activityId !== undefined) query = query.where('a.id', '=', filter.activityId);
  if (filter.locationIds !== undefined) {
    if (filter.locationIds.length === 0) return [];
    query = query.where('a.location_id', 'in', [...filter.locationIds]);
  }
  const rows = await query
    .orderBy('o.starts_at')
    .orderBy('a.title')
    .limit(filter.limit ?? 500)
    .execute();
  return rows.map((r) => {
    const activity = activityOf(r);
    const cancelled = activity.status === 'cancelled' ? (activity.cancelReason ?? '') : r.date_cancelled;
    return { activity, startsAt: r.occurrence_start, endsAt: r.occurrence_end, cancelled };
  });
}
