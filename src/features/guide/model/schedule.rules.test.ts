import { describe, expect, it } from 'vitest';
import { rule } from './schedule.testing.ts';
import { hoursOn, isOpenAt, localMoment, openAt } from './schedule.rules.ts';

describe('open now, in Amsterdam time (issue 3: schedules with exceptions and DST)', () => {
  it('knows the local clock on both sides of the spring change (29 March 2026)', () => {
    expect(localMoment(new Date('2026-03-28T08:30:00Z'))).toEqual({ date: '2026-03-28', weekday: 'SA', minutes: 9 * 60 + 30 });
    expect(localMoment(new Date('2026-03-29T08:30:00Z'))).toEqual({ date: '2026-03-29', weekday: 'SU', minutes: 10 * 60 + 30 });
  });

  it('opens at nine on the clock in winter and in summer time', () => {
    const daily = [rule({})];
    // 07:30 UTC is 08:30 in winter (closed) but 09:30 in summer (open).
    expect(isOpenAt(daily, new Date('2026-03-28T07:30:00Z'))).toBe(false);
    expect(isOpenAt(daily, new Date('2026-03-29T07:30:00Z'))).toBe(true);
    // Back to winter time on 25 October 2026.
    expect(isOpenAt(daily, new Date('2026-10-24T07:30:00Z'))).toBe(true);
    expect(isOpenAt(daily, new Date('2026-10-25T07:30:00Z'))).toBe(false);
    // 16:30 UTC is 17:30 in winter (closed) and 18:30 in summer (closed); 15:30 UTC is 16:30 / 17:30.
    expect(isOpenAt(daily, new Date('2026-01-10T15:30:00Z'))).toBe(true);
    expect(isOpenAt(daily, new Date('2026-07-10T15:30:00Z'))).toBe(false);
  });

  it('takes the local date, not the UTC date, just after midnight', () => {
    const saturdayNight = [rule({ byday: 'SA', opensAt: '00:00', closesAt: '02:00' })];
    // 22:30 UTC on Friday 3 July is 00:30 on Saturday in Amsterdam.
    expect(isOpenAt(saturdayNight, new Date('2026-07-03T22:30:00Z'))).toBe(true);
  });

  it('keeps to the weekdays, the week interval and the dates a rule is valid', () => {
    const everyOtherTuesday = [rule({ byday: 'TU', interval: 2, validFrom: '2026-11-03', validTo: '2026-12-31' })];
    expect(isOpenAt(everyOtherTuesday, new Date('2026-11-03T10:00:00Z'))).toBe(true);
    expect(isOpenAt(everyOtherTuesday, new Date('2026-11-10T10:00:00Z'))).toBe(false);
    expect(isOpenAt(everyOtherTuesday, new Date('2026-11-17T10:00:00Z'))).toBe(true);
    expect(isOpenAt(everyOtherTuesday, new Date('2027-01-12T10:00:00Z'))).toBe(false);
    expect(isOpenAt(everyOtherTuesday, new Date('2026-11-04T10:00:00Z'))).toBe(false);
  });

  it('knows the first Tuesday and the last Friday of a month', () => {
    const monthly = [rule({ freq: 'MONTHLY', byday: '1TU,-1FR' })];
    expect(isOpenAt(monthly, new Date('2026-12-01T10:00:00Z'))).toBe(true);
    expect(isOpenAt(monthly, new Date('2026-12-08T10:00:00Z'))).toBe(false);
    expect(isOpenAt(monthly, new Date('2026-12-25T10:00:00Z'))).toBe(true);
    expect(isOpenAt(monthly, new Date('2026-12-18T10:00:00Z'))).toBe(false);
  });

  it('is closed on an exception day and keeps other hours on a changed day', () => {
    const schedules = [
      rule({}),
      rule({
        id: 'x',
        freq: null,
        byday: '',
        exception: 'closed',
        validFrom: '2026-12-25',
        validTo: '2026-12-26',
        opensAt: null,
        closesAt: null,
      }),
      rule({ id: 'y', freq: null, byday: '', exception: 'changed', validFrom: '2026-12-31', validTo: '2026-12-31', closesAt: '12:00' }),
    ];
    expect(isOpenAt(schedules, new Date('2026-12-24T10:00:00Z'))).toBe(true);
    expect(isOpenAt(schedules, new Date('2026-12-25T10:00:00Z'))).toBe(false);
    expect(isOpenAt(schedules, new Date('2026-12-31T10:00:00Z'))).toBe(true);
    expect(isOpenAt(schedules, new Date('2026-12-31T13:00:00Z'))).toBe(false);
  });

  it('tells the kinds apart: a closed walk-in does not close the building', () => {
    const schedules = [
      rule({}),
      rule({ id: 'w', kind: 'walk_in', byday: 'WE', opensAt: '10:00', closesAt: '12:00' }),
      rule({ id: 'c', kind: 'walk_in', freq: null, byday: '', exception: 'closed', validFrom: '2026-12-30', validTo: '2026-12-30' }),
    ];
    expect(hoursOn(schedules, { date: '2026-12-23', weekday: 'WE' }).map((h) => h.kind)).toEqual(['opening', 'walk_in']);
    expect(hoursOn(schedules, { date: '2026-12-30', weekday: 'WE' }).map((h) => h.kind)).toEqual(['opening']);
    expect(openAt(schedules, new Date('2026-12-23T10:00:00Z'))?.kind).toBe('opening');
  });
});
