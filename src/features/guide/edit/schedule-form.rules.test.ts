import { describe, expect, it } from 'vitest';
import type { ScheduleForm } from './parts.schema.ts';
import { scheduleFromForm } from './schedule-form.rules.ts';

const form = (over: Partial<ScheduleForm>): ScheduleForm => ({
  kind: 'opening',
  type: 'weekly',
  days: ['MO', 'WE'],
  week: null,
  interval: 1,
  opensAt: '09:00',
  closesAt: '12:00',
  validFrom: null,
  validTo: null,
  note: null,
  ...over,
});

describe('the hours form as a schedule rule (issue 3)', () => {
  it('makes weekly and monthly rules, the week of the month before each day', () => {
    expect(scheduleFromForm(form({ interval: 2 })).schedule).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,WE',
      interval: 2,
      description: '',
    });
    const monthly = scheduleFromForm(form({ type: 'monthly', week: '-1', days: ['FR'], interval: 3 }));
    expect(monthly).toEqual({ schedule: expect.objectContaining({ freq: 'MONTHLY', byday: '-1FR', interval: 1 }), errors: {} });
  });

  it('asks for the week of a monthly rule and a day of a weekly one, by field of the form', () => {
    expect(scheduleFromForm(form({ type: 'monthly' })).errors).toEqual({ week: { code: 'guide.schedule.week.required' } });
    expect(scheduleFromForm(form({ days: [] })).errors).toEqual({ days: { code: 'guide.schedule.byday.required' } });
    expect(scheduleFromForm(form({ opensAt: '13:00' })).errors).toEqual({ closesAt: { code: 'guide.schedule.endsBeforeStart' } });
  });

  it('closes whole days without hours, one day when no end is given', () => {
    const closed = scheduleFromForm(form({ type: 'closed', days: [], validFrom: '2026-12-25', note: 'Kerst' }));
    expect(closed).toEqual({
      schedule: expect.objectContaining({
        freq: null,
        exception: 'closed',
        opensAt: null,
        closesAt: null,
        validTo: '2026-12-25',
        description: 'Kerst',
      }),
      errors: {},
    });
    expect(scheduleFromForm(form({ type: 'changed', days: [] })).errors).toEqual({
      validFrom: { code: 'guide.schedule.exceptionDates.required' },
    });
  });
});
