import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { placesOfDistrict, type PlaceDetails } from '../../guide/index.ts';
import { partnerNames } from '../partners/partners.repository.ts';
import { goalThemes, meetingKinds, meetingStatuses, type GoalTheme, type MeetingKind, type MeetingStatus } from './meetings.rules.ts';

export interface Venue {
  id: string;
  name: string;
  address: string;
}

const venueOf = (p: PlaceDetails): Venue => ({
  id: p.id,
  name: p.name,
  address: [p.streetAddress, p.postalCode, p.city].filter(Boolean).join(', '),
});

/** The guide's meeting places of the district. */
export async function meetingPlaces(db: DbOrTx, districtId: string): Promise<Venue[]> {
  return (await placesOfDistrict(db, districtId, { meetingPlaces: true })).map(venueOf);
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

/** Meetings of a district starting in [from, to), with venue (from the guide) and co-organisers. */
export async function listMeetings(
  db: DbOrTx,
  districtId: string,
  range: { from?: string; to?: string; id?: string } = {},
): Promise<MeetingSummary[]> {
  let query = db
    .selectFrom('pact_meetings')
    .select(['id', 'kind', 'theme', 'title', 'starts_at', 'ends_at', 'location_id', 'status', 'description', 'sequence'])
    .select(['invited_at', 'updated_at'])
    .where('district_id', '=', districtId);
  if (range.from !== undefined) query = query.where('starts_at', '>=', range.from);
  if (range.to !== undefined) query = query.where('starts_at', '<', range.to);
  if (range.id !== undefined) query = query.where('id', '=', range.id);
  const rows = await query.orderBy('starts_at').execute();
  if (rows.length === 0) return [];
  const [places, partners, organizers] = await Promise.all([
    placesOfDistrict(db, districtId),
    partnerNames(db, districtId),
    db
      .selectFrom('pact_meeting_organizers')
      .select(['meeting_id', 'partner_id'])
      .where(
        'meeting_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute(),
  ]);
  const venues = new Map(places.map((p) => [p.id, venueOf(p)]));
  return rows.flatMap((r) => {
    const venue = venues.get(r.location_id);
    if (venue === undefined) return [];
    const own = new Set(organizers.filter((o) => o.meeting_id === r.id).map((o) => o.partner_id));
    return [
      {
        id: r.id,
        kind: kindOf(r.kind),
        theme: themeOf(r.theme),
        title: r.title,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        venue,
        status: statusOf(r.status),
        description: r.description,
        sequence: r.sequence,
        invitedAt: r.invited_at,
        updatedAt: r.updated_at,
        organizers: [...partners].filter(([id]) => own.has(id)).map(([partnerId, name]) => ({ partnerId, name })),
      },
    ];
  });
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

/** Every change that calendars should pick up raises the sequence (RFC 5545 SEQUENCE). */
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

export async function updateMeetingRecord(db: DbOrTx, id: string, change: { status: MeetingStatus; minutes: string; at: string }) {
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
