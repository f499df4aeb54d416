import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import { calendarText, type CalendarEvent } from './ical.ts';
import {
  insertMeeting,
  markInvited,
  meetingPlaces,
  updateMeeting,
  type MeetingFields,
  type MeetingSummary,
} from './meetings.repository.ts';
import { amsterdamToUtc } from './meetings.rules.ts';
import type { meetingForm } from './meetings.schema.ts';
import { refused, type Outcome } from './pact.http.ts';
import { listPartners } from './partners.repository.ts';
import { listMembers } from './steering.repository.ts';

/** A meeting needs a date, a start before its end, and a meeting place of this district from the guide. */
async function checkMeeting(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  data: z.output<typeof meetingForm>,
): Promise<Outcome<MeetingFields>> {
  const { db } = deps.database;
  const start = amsterdamToUtc(data.date, data.start);
  const end = amsterdamToUtc(data.date, data.end);
  if (start === null) return refused('date', 'pact.field.date.invalid');
  if (end === null || end <= start) return refused('end', 'pact.meeting.end.afterStart');
  if (!(await meetingPlaces(db, district.id)).some((v) => v.id === data.venue)) return refused('venue', 'pact.meeting.venue.required');
  const partnerIds = new Set((await listPartners(db, district.id)).map((p) => p.id));
  if (data.organizers.some((id) => !partnerIds.has(id))) return refused('organizers', 'validation.choice');
  const theme = data.theme === null ? '' : request.t(`pact.theme.${data.theme}`);
  return {
    ok: true,
    value: {
      kind: data.kind,
      theme: data.kind === 'goal' ? data.theme : null,
      title: data.title !== '' ? data.title : request.t(`pact.meeting.defaultTitle.${data.kind}`, { theme }),
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      venueId: data.venue,
      description: data.description,
      organizerIds: [...new Set(data.organizers)],
    },
  };
}

export async function planMeeting(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  data: z.output<typeof meetingForm>,
): Promise<Outcome<string>> {
  const checked = await checkMeeting(deps, request, district, data);
  if (!checked.ok) return checked;
  const id = await insertMeeting(deps.database.db, { districtId: district.id, ...checked.value, at: deps.clock.now().toISOString() });
  return { ok: true, value: id };
}

/** Moving a meeting raises its sequence, so calendars that get the new invitation or the feed move it too. */
export async function changeMeeting(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  id: string,
  data: z.output<typeof meetingForm>,
): Promise<Outcome<string>> {
  const checked = await checkMeeting(deps, request, district, data);
  if (!checked.ok) return checked;
  await deps.database.db.transaction().execute((trx) => updateMeeting(trx, id, checked.value, deps.clock.now().toISOString()));
  return { ok: true, value: id };
}

function meetingUrl(deps: AppDeps, district: District, id: string): string {
  return new URL(`/${district.slug}/samenwerken/bijeenkomsten/${id}`, deps.config.baseUrl).href;
}

export function calendarEvent(deps: AppDeps, district: District, m: MeetingSummary): CalendarEvent {
  const url = meetingUrl(deps, district, m.id);
  return {
    uid: `${m.id}@wijkportaal`,
    sequence: m.sequence,
    stamp: new Date(m.updatedAt),
    start: new Date(m.startsAt),
    end: new Date(m.endsAt),
    summary: m.title,
    description: [m.description, url].filter((s) => s !== '').join('\n\n'),
    location: [m.venue.name, m.venue.address].filter((s) => s !== '').join(', '),
    url,
    cancelled: m.status === 'cancelled',
  };
}

/** Who is invited: the steering group to its own meetings; to all others every partner's contact person too. */
async function recipients(deps: AppDeps, district: District, meeting: MeetingSummary): Promise<string[]> {
  const { db } = deps.database;
  const steering = (await listMembers(db, district.id, meeting.startsAt.slice(0, 10))).map((m) => m.email);
  const partners = meeting.kind === 'steering' ? [] : (await listPartners(db, district.id)).map((p) => p.contact?.email ?? null);
  return [...new Set([...steering, ...partners].filter((e): e is string => e !== null && e !== ''))].sort();
}

/** Sends each invitee a mail with the meeting as an .ics attachment; returns how many. */
export async function sendInvitations(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  meeting: MeetingSummary,
): Promise<number> {
  const to = await recipients(deps, district, meeting);
  const ics = calendarText({ name: meeting.title, method: 'PUBLISH', events: [calendarEvent(deps, district, meeting)] });
  const params = {
    title: meeting.title,
    when: formatDateTime(meeting.startsAt, request.lang),
    venue: [meeting.venue.name, meeting.venue.address].filter((s) => s !== '').join(', '),
    organizers: meeting.organizers.map((o) => o.name).join(', ') || '—',
    description: meeting.description,
    link: meetingUrl(deps, district, meeting.id),
    district: district.name,
  };
  const key = meeting.status === 'cancelled' ? 'pact.mail.cancelled' : 'pact.mail.invitation';
  const attachments = [{ filename: 'bijeenkomst.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
  for (const address of to) {
    await queueMailNow(deps, {
      to: address,
      subject: request.t(`${key}.subject`, params),
      text: request.t(`${key}.body`, params),
      attachments,
    });
  }
  await markInvited(deps.database.db, meeting.id, deps.clock.now().toISOString());
  return to.length;
}
