import { newId } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { goalThemes, meetingKinds, meetingStatuses, type GoalTheme, type MeetingKind, type MeetingStatus } from './meetings.rules.ts';

export interface Venue {
  id: string;
  name: string;
  address: string;
}

/** The guide's meeting places of the district (only its existing columns are read). */
export async function meetingPlaces(db: DbOrTx, districtId: string): Promise<Venue[]> {
  const rows = await db
    .selectFrom('locations')
    .select(['id', 'name', 'street_address', 'postal_code', 'city'])
    .where('district_id', '=', districtId)
    .where('is_meeting_place', '=', 1)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, address: [r.street_address, r.postal_code, r.city].filter(Boolean).join(', ') }));
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  theme: GoalTheme | null;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: Venue;
  status: MeetingStatus;
  description: string;
  sequence: number;
  invitedAt: string | null;
  updatedAt: string;
  organizers: { partnerId: string; name: string }[];
}

const kindOf = (v: string): MeetingKind => meetingKinds.find((k) => k === v) ?? 'other';
const themeOf = (v: string | null): GoalTheme | null => goalThemes.find((t) => t === v) ?? null;
const statusOf = (v: string): MeetingStatus => meetingStatuses.find((s) => s === v) ?? 'planned';

/** Meetings of a district starting in [from, to), with venue and co-organisers. */
export async function listMeetings(
  db: DbOrTx,
  districtId: string,
  range: { from?: string; to?: string; id?: string } = {},
): Promise<MeetingSummary[]> {
  let query = db
    .selectFrom('pact_meetings as m')
    .innerJoin('locations as l', 'l.id', 'm.location_id')
    .select([
      'm.id',
      'm.kind',
      'm.theme',
      'm.title',
      'm.starts_at',
      'm.ends_at',
      'm.status',
      'm.description',
      'm.sequence',
      'm.invited_at',
      'm.updated_at',
    ])
    .select(['l.id as venue_id', 'l.name as venue_name', 'l.street_address', 'l.postal_code', 'l.city'])
    .where('m.district_id', '=', districtId);
  if (range.from !== undefined) query = query.where('m.starts_at', '>=', range.from);
  if (range.to !== undefined) query = query.where('m.starts_at', '<', range.to);
  if (range.id !== undefined) query = query.where('m.id', '=', range.id);
  const rows = await query.orderBy('m.starts_at').execute();
  const ids = rows.map((r) => r.id);
  const organizers =
    ids.length === 0
      ? []
      : await db
          .selectFrom('pact_meeting_organizers as mo')
          .innerJoin('pact_partners as p', 'p.id', 'mo.partner_id')
          .innerJoin('organizations as o', 'o.id', 'p.organization_id')
          .select(['mo.meeting_id', 'mo.partner_id', 'o.name'])
          .where('mo.meeting_id', 'in', ids)
          .orderBy('o.name')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: kindOf(r.kind),
    theme: themeOf(r.theme),
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venue: { id: r.venue_id, name: r.venue_name, address: [r.street_address, r.postal_code, r.city].filter(Boolean).join(', ') },
    status: statusOf(r.status),
    description: r.description,
    sequence: r.sequence,
    invitedAt: r.invited_at,
    updatedAt: r.updated_at,
    organizers: organizers.filter((o) => o.meeting_id === r.id).map((o) => ({ partnerId: o.partner_id, name: o.name })),
  }));
}

export interface MeetingFields {
  kind: MeetingKind;
  theme: GoalTheme | null;
  title: string;
  startsAt: string;
  endsAt: string;
  venueId: string;
  description: string;
  organizerIds: readonly string[];
}

async function writeOrganizers(db: DbOrTx, meetingId: string, partnerIds: readonly string[]): Promise<void> {
  await db.deleteFrom('pact_meeting_organizers').where('meeting_id', '=', meetingId).execute();
  if (partnerIds.length > 0) {
    await db
      .insertInto('pact_meeting_organizers')
      .values(partnerIds.map((partnerId) => ({ meeting_id: meetingId, partner_id: partnerId })))
      .execute();
  }
}

export async function insertMeeting(db: DbOrTx, m: MeetingFields & { districtId: string; at: string }): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_meetings')
    .values({
      id,
      district_id: m.districtId,
      kind: m.kind,
      theme: m.theme,
      title: m.title,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      location_id: m.venueId,
      description: m.description,
      minutes: '',
      status: 'planned',
      sequence: 0,
      invited_at: null,
      created_at: m.at,
      updated_at: m.at,
    })
    .execute();
  await writeOrganizers(db, id, m.organizerIds);
  return id;
}

export async function updateMeeting(db: DbOrTx, id: string, m: MeetingFields, at: string): Promise<void> {
  await db
    .updateTable('pact_meetings')
    .set((eb) => ({
      kind: m.kind,
      theme: m.theme,
      title: m.title,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      location_id: m.venueId,
      description: m.description,
      updated_at: at,
      sequence: eb('sequence', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
  await writeOrganizers(db, id, m.organizerIds);
}

/** Every change that calendars should pick up raises the sequence (RFC 5545 SEQUENCE). */
export async function updateMeetingRecord(
  db: DbOrTx,
  id: string,
  change: { status: MeetingStatus; minutes: string; at: string },
): Promise<void> {
  await db
    .updateTable('pact_meetings')
    .set((eb) => ({ status: change.status, minutes: change.minutes, updated_at: change.at, sequence: eb('sequence', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function markInvited(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('pact_meetings').set({ invited_at: at }).where('id', '=', id).execute();
}

export async function minutesOf(db: DbOrTx, id: string): Promise<string> {
  return (await db.selectFrom('pact_meetings').select('minutes').where('id', '=', id).executeTakeFirst())?.minutes ?? '';
}
