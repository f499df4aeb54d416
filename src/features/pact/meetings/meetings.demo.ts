import { findOrCreateLocation } from '../../guide/index.ts';
import type { DemoContext, PartnerIds } from '../partners/partners.demo.ts';
import { addAction, addItem, setAttendance } from './meeting-records.repository.ts';
import data from './meetings.demo.json' with { type: 'json' };
import { insertMeeting, updateMeetingRecord } from './meetings.repository.ts';
import { type GoalTheme, type MeetingKind } from './meetings.rules.ts';
import { amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';

interface DemoMeeting {
  kind: MeetingKind;
  theme?: GoalTheme;
  title: string;
  /** Month-day and hours in the demo year (+1: the next year). */
  on: string;
  hours: string[];
  venue: string;
  organizers: string[];
  agenda: string[];
  decisions?: string[];
  actions?: { description: string; owner: string; due: string }[];
  nextYear?: boolean;
}

/**
 * Oost's year of meetings (seed 000 §6–7, annex VI), one goal-oriented meeting still
 * missing so the rhythm check warns; two of Noordwest's three learning meetings (seed 003 §4.4).
 */
const demo = data as { minutes: string; attendees: string[]; oost: DemoMeeting[]; noordwest: DemoMeeting[] };

/** What happened at a meeting already held: minutes, decisions, actions, and who came. */
async function recordHeld(c: DemoContext, id: string, partners: PartnerIds, m: DemoMeeting, year: number): Promise<void> {
  await updateMeetingRecord(c.db, id, { status: 'held', minutes: demo.minutes, at: c.at });
  for (const text of m.decisions ?? []) await addItem(c.db, id, 'decision', text, c.at);
  for (const a of m.actions ?? []) {
    const action = { meetingId: id, description: a.description, ownerPartnerId: partners.get(a.owner) ?? null };
    await addAction(c.db, { ...action, dueOn: `${year}-${a.due}`, at: c.at });
  }
  if (m.kind !== 'steering')
    await setAttendance(
      c.db,
      id,
      demo.attendees.flatMap((a) => partners.get(a) ?? []),
    );
}

async function seedMeeting(c: DemoContext, districtId: string, partners: PartnerIds, m: DemoMeeting): Promise<void> {
  const year = m.nextYear === true ? c.year + 1 : c.year;
  const date = `${year}-${m.on}`;
  const venueId = await findOrCreateLocation(c.db, { districtId, name: m.venue, isMeetingPlace: true, at: c.at });
  const start = amsterdamToUtc(date, m.hours[0] ?? '') ?? new Date(date);
  const id = await insertMeeting(c.db, {
    districtId,
    kind: m.kind,
    theme: m.theme ?? null,
    title: m.title,
    startsAt: start.toISOString(),
    endsAt: (amsterdamToUtc(date, m.hours[1] ?? '') ?? start).toISOString(),
    venueId,
    description: '',
    organizerIds: m.organizers.flatMap((o) => partners.get(o) ?? []),
    at: c.at,
  });
  for (const text of m.agenda) await addItem(c.db, id, 'agenda', text, c.at);
  if (start.toISOString() <= c.at) await recordHeld(c, id, partners, m, year);
}

export async function seedDemoMeetings(c: DemoContext): Promise<void> {
  for (const m of demo.oost) await seedMeeting(c, c.oost, c.oostPartners, m);
  const noordwest = c.tijw.find((d) => d.slug === 'noordwest');
  if (noordwest === undefined) return;
  for (const m of demo.noordwest) await seedMeeting(c, noordwest.id, noordwest.partners, m);
}
