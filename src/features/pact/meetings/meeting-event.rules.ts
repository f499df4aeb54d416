import type { District } from '../../../platform/geography/geography.repository.ts';
import type { CalendarEvent } from '../../../platform/calendar/ical.ts';
import type { MeetingSummary } from './meetings.repository.ts';

/** The meeting's page on the portal's public address, for calendars and mail. */
export function meetingUrl(baseUrl: URL, district: Pick<District, 'slug'>, id: string): string {
  return new URL(`/${district.slug}/samenwerken/bijeenkomsten/${id}`, baseUrl).href;
}

/** Where a meeting is held, in one line. */
export const venueLine = (m: Pick<MeetingSummary, 'venue'>): string => [m.venue.name, m.venue.address].filter((s) => s !== '').join(', ');

/** A meeting as an iCalendar event: the same UID in the feed, the download and every invitation. */
export function calendarEvent(baseUrl: URL, district: Pick<District, 'slug'>, m: MeetingSummary): CalendarEvent {
  const url = meetingUrl(baseUrl, district, m.id);
  return {
    uid: `${m.id}@wijkportaal`,
    sequence: m.sequence,
    stamp: new Date(m.updatedAt),
    start: new Date(m.startsAt),
    end: new Date(m.endsAt),
    summary: m.title,
    description: [m.description, url].filter((s) => s !== '').join('\n\n'),
    location: venueLine(m),
    url,
    cancelled: m.status === 'cancelled',
  };
}
