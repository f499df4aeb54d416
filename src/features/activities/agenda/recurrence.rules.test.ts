import { describe, expect, it } from 'vitest';
import { choiceOfRule, expandRecurrence, maxOccurrences, ruleOfChoice, ruleProblem } from './recurrence.rules.ts';
import { cancelProblem, targetOf } from '../cancellation/cancellation.rules.ts';
import { printPeriod } from './print.rules.ts';

const weekly = (rrule: string, exdates: string[] = []) => ({ startsLocal: '2026-03-17T19:30', durationMinutes: 90, rrule, exdates });

describe('recurrence', () => {
  it('keeps the wall-clock time across the change to summer time (29 March 2026)', () => {
    const dates = expandRecurrence(weekly('FREQ=WEEKLY;COUNT=3'));
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-03-17T18:30:00.000Z', '2026-03-24T18:30:00.000Z', '2026-03-31T17:30:00.000Z']);
    expect(dates[2]?.endsAt).toBe('2026-03-31T19:00:00.000Z');
  });

  it('and back to winter time (25 October 2026)', () => {
    const dates = expandRecurrence({ startsLocal: '2026-10-20T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=2', exdates: [] });
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-10-20T08:00:00.000Z', '2026-10-27T09:00:00.000Z']);
  });

  it('leaves out the excepted dates (EXDATE) and still ends by UNTIL', () => {
    const dates = expandRecurrence(weekly('FREQ=WEEKLY;UNTIL=20260407T235959', ['2026-03-24']));
    expect(dates.map((d) => d.startsAt.slice(0, 10))).toEqual(['2026-03-17', '2026-03-31', '2026-04-07']);
  });

  it('counts COUNT before the exceptions, as RFC 5545 does', () => {
    expect(expandRecurrence(weekly('FREQ=WEEKLY;COUNT=3', ['2026-03-17']))).toHaveLength(2);
  });

  it('happens once without a rule', () => {
    expect(expandRecurrence(weekly(''))).toEqual([{ startsAt: '2026-03-17T18:30:00.000Z', endsAt: '2026-03-17T20:00:00.000Z' }]);
  });

  it('refuses a rule without an end, nonsense, a frequency by the minute and too many dates', () => {
    expect(ruleProblem(weekly('FREQ=WEEKLY'))).toBe('activities.rrule.unbounded');
    expect(ruleProblem(weekly('not a rule'))).toBe('activities.rrule.invalid');
    expect(ruleProblem(weekly('FREQ=MINUTELY;COUNT=5'))).toBe('activities.rrule.invalid');
    expect(ruleProblem(weekly(`FREQ=DAILY;COUNT=${maxOccurrences + 1}`))).toBe('activities.rrule.tooMany');
    expect(ruleProblem(weekly('FREQ=WEEKLY;COUNT=10'))).toBeNull();
  });

  it('turns the form choice into a rule and back', () => {
    const rule = ruleOfChoice('biweekly', '2026-06-30');
    expect(rule).toBe('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T235959');
    expect(choiceOfRule(rule)).toEqual({ repeat: 'biweekly', until: '2026-06-30' });
    expect(choiceOfRule('FREQ=DAILY;COUNT=3').repeat).toBe('custom');
    expect(ruleOfChoice('none', null)).toBe('');
  });
});

describe('cancelling an activity or one occurrence', () => {
  const now = '2026-12-10T12:00:00.000Z';
  const occurrences = [
    { startsAt: '2026-12-03T18:30:00.000Z', cancelled: false },
    { startsAt: '2026-12-10T18:30:00.000Z', cancelled: false },
    { startsAt: '2026-12-17T18:30:00.000Z', cancelled: true },
  ];
  const state = (status: 'published' | 'pending' | 'cancelled' = 'published') => ({ status, now, occurrences });
  const code = (problem: ReturnType<typeof cancelProblem>) => problem?.code ?? null;

  it('cancels a date still to come, or the whole activity while a date is still to come', () => {
    expect(cancelProblem(state(), targetOf('2026-12-10T18:30:00.000Z'))).toBeNull();
    expect(cancelProblem(state(), targetOf('all'))).toBeNull();
    expect(targetOf('all')).toEqual({ whole: true });
  });

  it('refuses what is past, cancelled already, or not a date of the activity', () => {
    expect(cancelProblem(state(), targetOf('2026-12-03T18:30:00.000Z'))).toEqual({
      code: 'activities.cancelling.past',
      field: 'what',
      status: 422,
    });
    expect(code(cancelProblem(state(), targetOf('2026-12-17T18:30:00.000Z')))).toBe('activities.cancelling.dateAlready');
    expect(code(cancelProblem(state(), targetOf('2026-12-11T18:30:00.000Z')))).toBe('activities.cancelling.notADate');
    expect(code(cancelProblem(state(), targetOf('onzin')))).toBe('activities.cancelling.notADate');
    expect(code(cancelProblem(state('cancelled'), targetOf('all')))).toBe('activities.cancelling.already');
    expect(code(cancelProblem(state('pending'), targetOf('2026-12-10T18:30:00.000Z')))).toBe('activities.cancelling.pending');
    const allPast = { status: 'published' as const, now: '2027-01-01T00:00:00.000Z', occurrences };
    expect(code(cancelProblem(allPast, targetOf('all')))).toBe('activities.cancelling.past');
  });
});

describe('the printable agenda', () => {
  it('prints the week a day falls in, a month asked for, and this week for nonsense', () => {
    expect(printPeriod({ week: '2026-12-10' }, '2026-11-23')).toEqual({
      kind: 'week',
      first: '2026-12-07',
      end: '2026-12-14',
      previous: '2026-11-30',
      next: '2026-12-14',
    });
    expect(printPeriod({ maand: '2026-12' }, '2026-11-23')).toMatchObject({ kind: 'month', first: '2026-12-01', end: '2027-01-01' });
    expect(printPeriod({ maand: '2026-13', week: 'onzin' }, '2026-11-25')).toMatchObject({ kind: 'week', first: '2026-11-23' });
  });
});
