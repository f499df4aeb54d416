import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { statusOfRegistration, type RegistrationStatus } from './registration.rules.ts';

export interface Registration {
  id: string;
  activityId: string;
  startsAt: string;
  name: string;
  email: string;
  phone: string | null;
  wantsBuddy: boolean;
  status: RegistrationStatus;
  createdAt: string;
}

const columns = ['id', 'activity_id', 'starts_at', 'name', 'email', 'phone', 'wants_buddy', 'status', 'created_at'] as const;
type Row = {
  id: string;
  activity_id: string;
  starts_at: string;
  name: string;
  email: string;
  phone: string | null;
  wants_buddy: number;
  status: string;
  created_at: string;
};
const registrationOf = (r: Row): Registration => ({
  id: r.id,
  activityId: r.activity_id,
  startsAt: r.starts_at,
  name: r.name,
  email: r.email,
  phone: r.phone,
  wantsBuddy: r.wants_buddy === 1,
  status: statusOfRegistration(r.status),
  createdAt: r.created_at,
});

export async function countConfirmed(db: DbOrTx, activityId: string, startsAt: string): Promise<number> {
  const row = await db
    .selectFrom('activity_registrations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('activity_id', '=', activityId)
    .where('starts_at', '=', startsAt)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether this address already holds or waits for a place at this occurrence. */
export async function isRegistered(db: DbOrTx, activityId: string, startsAt: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('activity_registrations')
    .select('id')
    .where('activity_id', '=', activityId)
    .where('starts_at', '=', startsAt)
    .where((eb) => eb.fn('lower', ['email']), '=', email.toLowerCase())
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRegistration(
  db: DbOrTx,
  r: Omit<Registration, 'id' | 'createdAt'> & { tokenHash: string; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('activity_registrations')
    .values({
      id,
      activity_id: r.activityId,
      starts_at: r.startsAt,
      name: r.name,
      email: r.email,
      phone: r.phone,
      wants_buddy: r.wantsBuddy ? 1 : 0,
      status: r.status,
      cancel_token_hash: r.tokenHash,
      created_at: r.at,
      updated_at: r.at,
    })
    .execute();
  return id;
}

export async function findByTokenHash(db: DbOrTx, tokenHash: string): Promise<Registration | undefined> {
  const row = await db.selectFrom('activity_registrations').select(columns).where('cancel_token_hash', '=', tokenHash).executeTakeFirst();
  return row === undefined ? undefined : registrationOf(row);
}

/** Moves a registration from one status to another; false when it was no longer in `from`. */
export async function setRegistrationStatus(
  db: DbOrTx,
  id: string,
  from: RegistrationStatus,
  to: RegistrationStatus,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('activity_registrations')
    .set({ status: to, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A waiting registration gets a place and a new cancellation link (the old one is only known to its mail). */
export async function moveUp(db: DbOrTx, id: string, tokenHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('activity_registrations')
    .set({ status: 'confirmed', cancel_token_hash: tokenHash, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Registrations of one activity (or one occurrence), waiting list in order of arrival. */
export async function registrationsOf(
  db: DbOrTx,
  activityId: string,
  only: { startsAt?: string; status?: RegistrationStatus } = {},
): Promise<Registration[]> {
  let query = db.selectFrom('activity_registrations').select(columns).where('activity_id', '=', activityId);
  if (only.startsAt !== undefined) query = query.where('starts_at', '=', only.startsAt);
  if (only.status !== undefined) query = query.where('status', '=', only.status);
  return (await query.orderBy('starts_at').orderBy('created_at').orderBy('id').execute()).map(registrationOf);
}

/** Confirmed registrations not yet reminded, for occurrences starting in [from, to) of published activities. */
export async function dueReminders(db: DbOrTx, window: { from: string; to: string }): Promise<(Registration & { districtId: string })[]> {
  const rows = await db
    .selectFrom('activity_registrations as r')
    .innerJoin('activities as a', 'a.id', 'r.activity_id')
    .select(columns.map((c) => `r.${c}` as const))
    .select('a.district_id')
    .where('r.status', '=', 'confirmed')
    .where('r.reminded_at', 'is', null)
    .where('r.starts_at', '>=', window.from)
    .where('r.starts_at', '<', window.to)
    .where('a.status', '=', 'published')
    .execute();
  return rows.map((r) => ({ ...registrationOf(r), districtId: r.district_id }));
}

/** Marks the reminder sent; false when another instance was first. */
export async function markReminded(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('activity_registrations')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Everyone holding or waiting for a place at what is cancelled (one date, or every date from
 * `from` on) is taken off; answers who they were, for the mail.
 */
export async function closeRegistrations(
  db: DbOrTx,
  activityId: string,
  which: { from: string; startsAt?: string },
  at: string,
): Promise<Registration[]> {
  let query = db
    .selectFrom('activity_registrations')
    .select(columns)
    .where('activity_id', '=', activityId)
    .where('status', 'in', ['confirmed', 'waiting'])
    .where('starts_at', '>=', which.from);
  if (which.startsAt !== undefined) query = query.where('starts_at', '=', which.startsAt);
  const open = (await query.orderBy('starts_at').orderBy('created_at').execute()).map(registrationOf);
  if (open.length === 0) return [];
  await db
    .updateTable('activity_registrations')
    .set({ status: 'cancelled', updated_at: at })
    .where(
      'id',
      'in',
      open.map((r) => r.id),
    )
    .execute();
  return open;
}
