/**
 * iCalendar (RFC 5545) written by hand: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, times in UTC (so no VTIMEZONE is needed).
 * Invitations are iTIP (RFC 5546) requests with an organiser and attendees, so calendar
 * clients offer accept and decline; feeds and downloads carry no people.
 */
export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url?: string;
  cancelled?: boolean;
  organizer?: CalendarPerson;
  attendees?: readonly CalendarPerson[];
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Splits a content line into pieces of at most 75 octets; continuation lines start with one
 * space. It counts octets per code point and cuts by slices, as a feed folds thousands of
 * long descriptions.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i) ?? 0;
    if (size + octets(cp) > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(line.slice(start, i));
      start = i;
      size = 0;
    }
    size += octets(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A parameter value: quoted, without the one character a quoted value cannot hold. */
const param = (value: string) => `"${value.replace(/["\r\n]/g, '')}"`;

function people(event: CalendarEvent): string[] {
  return [
    ...(event.organizer === undefined ? [] : [`ORGANIZER;CN=${param(event.organizer.name)}:mailto:${event.organizer.email}`]),
    ...(event.attendees ?? []).map(
      (a) => `ATTENDEE;CN=${param(a.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`,
    ),
  ];
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.url === undefined ? [] : [`URL:${event.url}`]),
    ...people(event),
    `STATUS:${event.cancelled === true ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/**
 * A whole calendar: a feed (no method), a download (METHOD:PUBLISH), or an invitation
 * (METHOD:REQUEST, with organiser and attendees) or its cancellation (METHOD:CANCEL).
 */
export function calendarText(calendar: {
  name: string;
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  events: readonly CalendarEvent[];
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wijkportaal//Samenwerken//NL',
    'CALSCALE:GREGORIAN',
    ...(calendar.method === undefined ? [] : [`METHOD:${calendar.method}`]),
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Amsterdam',
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
