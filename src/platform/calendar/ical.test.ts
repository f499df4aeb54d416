import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, type CalendarEvent } from './ical.ts';

const event: CalendarEvent = {
  uid: '3f1c7a52-0d4e-4c55-9a57-1b2a3c4d5e6f@wijkportaal',
  sequence: 2,
  stamp: new Date('2026-11-23T09:00:00Z'),
  start: new Date('2027-03-11T18:30:00Z'),
  end: new Date('2027-03-11T20:30:00Z'),
  summary: 'Doelgerichte wijkbijeenkomst: preventie, gezondheid; leefstijl',
  description:
    'Welkom!\nWe praten over het Gezondheidsevenement, de wijkagenda en de Vitaliteitslab-plannen van ROC Midden Nederland. Neem gerust een collega mee — ook zzp’ers zijn welkom.',
  location: 'Podium Oost, Utrecht',
  url: 'http://localhost:3000/oost/samenwerken/bijeenkomsten/1',
};

describe('.ics generation (RFC 5545)', () => {
  const text = calendarText({ name: 'Bijeenkomsten Oost', method: 'PUBLISH', events: [event] });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('never splits a character outside the basic plane (emoji) and keeps every character', () => {
    const line = `SUMMARY:${'Koffie ☕ en 🙂 '.repeat(12)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(line);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('parses back with ical.js to the same event', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(component.getFirstPropertyValue('prodid')).toBeTruthy();
    const vevent = component.getFirstSubcomponent('vevent');
    if (vevent === null) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.sequence).toBe(2);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(event.start.toISOString());
    expect(parsed.endDate.toJSDate().toISOString()).toBe(event.end.toISOString());
    expect(parsed.startDate.zone.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T09:00:00Z');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
  });

  it('marks a cancelled meeting and holds several events in a feed', () => {
    const feed = calendarText({ name: 'Oost', events: [event, { ...event, uid: 'other@wijkportaal', cancelled: true }] });
    const component = new ICAL.Component(ICAL.parse(feed));
    const events = component.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    expect(events[1]?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(component.getFirstPropertyValue('method')).toBeNull();
  });

  it('writes an invitation as an iTIP request with organiser and attendees (RFC 5546)', () => {
    const invitation = calendarText({
      name: 'Bijeenkomst',
      method: 'REQUEST',
      events: [
        {
          ...event,
          organizer: { name: 'Wijkportaal', email: 'noreply@wijkportaal.example' },
          attendees: [
            { name: 'Çağ Şükür', email: 'cag@partners.example' },
            { name: 'Regiegroep "Oost"', email: 'regiegroep@wijkportaal.example' },
          ],
        },
      ],
    });
    const component = new ICAL.Component(ICAL.parse(invitation));
    expect(component.getFirstPropertyValue('method')).toBe('REQUEST');
    const parsed = new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
    expect(parsed.organizer).toBe('mailto:noreply@wijkportaal.example');
    expect(parsed.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([
      ['Çağ Şükür', 'mailto:cag@partners.example'],
      ['Regiegroep Oost', 'mailto:regiegroep@wijkportaal.example'],
    ]);
    for (const line of invitation.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});
