import { describe, expect, it } from 'vitest';
import { rule } from './schedule.testing.ts';
import { scheduleProblems } from './schedule-checks.rules.ts';

describe('schedule checks (issue 3, bad input: a schedule that ends before it starts)', () => {
  it('refuses hours that end before they start, and dates the wrong way round', () => {
    expect(scheduleProblems(rule({ opensAt: '17:00', closesAt: '09:00' }))).toEqual({ closesAt: 'guide.schedule.endsBeforeStart' });
    expect(scheduleProblems(rule({ validFrom: '2026-12-01', validTo: '2026-11-01' }))).toEqual({
      validTo: 'guide.schedule.validToBeforeFrom',
    });
  });

  it('refuses unknown days, ordinals on a weekly rule, missing days and bad times', () => {
    expect(scheduleProblems(rule({ byday: 'XX' }))).toEqual({ byday: 'guide.schedule.byday.invalid' });
    expect(scheduleProblems(rule({ byday: '1TU' }))).toEqual({ byday: 'guide.schedule.byday.invalid' });
    expect(scheduleProblems(rule({ byday: '' }))).toEqual({ byday: 'guide.schedule.byday.required' });
    expect(scheduleProblems(rule({ opensAt: '25:00' }))).toEqual({ opensAt: 'guide.schedule.time.invalid' });
    expect(scheduleProblems(rule({ freq: null, exception: 'closed', byday: '', opensAt: null, closesAt: null }))).toEqual({
      validFrom: 'guide.schedule.exceptionDates.required',
    });
    expect(scheduleProblems(rule({ freq: 'MONTHLY', byday: '2MO,-1FR' }))).toEqual({});
  });
});
