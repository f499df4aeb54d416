import { describe, expect, it } from 'vitest';
import { rule } from '../model/schedule.testing.ts';
import { firstContactPoint, openState, phoneOfPoint, staffedBy, type WalkInHours, type WalkInPoint } from './walk-ins.rules.ts';

const walkIn = (over: Parameters<typeof rule>[0], by: WalkInHours['staffedBy'] = 'residents'): WalkInHours => ({
  schedule: rule({ kind: 'walk_in', ...over }),
  serviceName: 'Inloop',
  staffedBy: by,
});

// Monday 30 November 2026; Amsterdam is UTC+1 in winter.
const mondayAt = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+01:00`);

describe('walk-in hours computed from the guide’s schedules', () => {
  const wip = [
    walkIn({ byday: 'MO,WE,FR', opensAt: '10:00', closesAt: '12:30' }),
    walkIn({ kind: 'consultation', freq: 'MONTHLY', byday: '1TU', opensAt: '14:00', closesAt: '16:00' }),
  ];

  it('is open during the walk-in hours, until their end', () => {
    const state = openState(wip, mondayAt('11:00'));
    expect(state.now).toMatchObject({ kind: 'walk_in', closes: 12 * 60 + 30 });
  });

  it('after the hours says when it opens next: the first Tuesday of the month', () => {
    const state = openState(wip, mondayAt('13:00'));
    expect(state.now).toBeNull();
    expect(state.next).toMatchObject({ date: '2026-12-01', weekday: 'TU', opens: 14 * 60, inDays: 1, kind: 'consultation' });
  });

  it('before the hours of today opens later today', () => {
    expect(openState(wip, mondayAt('08:00')).next).toMatchObject({ date: '2026-11-30', inDays: 0, opens: 600 });
  });

  it('finds a monthly hour weeks away, and a closed day moves the next opening on', () => {
    const lastFriday = [walkIn({ freq: 'MONTHLY', byday: '-1FR', opensAt: '12:00', closesAt: '14:00' })];
    expect(openState(lastFriday, mondayAt('13:00')).next).toMatchObject({ date: '2026-12-25', inDays: 25 });
    const closed = [...wip, walkIn({ freq: null, exception: 'closed', validFrom: '2026-12-01', validTo: '2026-12-01' })];
    expect(openState(closed, mondayAt('13:00')).next).toMatchObject({ date: '2026-12-01', kind: 'consultation' });
  });

  it('keeps the clock of Amsterdam across the change to summer time', () => {
    const sunday = [walkIn({ byday: 'SU', opensAt: '10:00', closesAt: '12:00' })];
    // 29 March 2026 is the day the clocks go forward: 10:30 there is 08:30 UTC.
    expect(openState(sunday, new Date('2026-03-29T08:30:00Z')).now).not.toBeNull();
    expect(openState(sunday, new Date('2026-03-29T09:30:00Z')).now).toMatchObject({ closes: 720 });
  });

  it('has no next opening when there are no hours at all', () => {
    expect(openState([], mondayAt('11:00'))).toEqual({ now: null, next: null });
  });
});

describe('who staffs the hours and which point answers first', () => {
  it('an informal service is staffed by residents, a professional one by professionals', () => {
    expect(staffedBy('walk_in', true)).toBe('residents');
    expect(staffedBy('walk_in', false)).toBe('professionals');
    expect(staffedBy('consultation', null)).toBe('professionals');
  });

  const point = (id: string, hours: WalkInHours[]): WalkInPoint => ({
    id,
    name: id,
    streetAddress: null,
    postalCode: null,
    buurtId: null,
    hours,
    phones: [],
    contact: null,
  });

  it('takes the chosen point, else the first with residents’ walk-in hours', () => {
    const team = point('team', [walkIn({}, 'professionals')]);
    const wip = point('wip', [walkIn({})]);
    expect(firstContactPoint([team, wip], null)?.id).toBe('wip');
    expect(firstContactPoint([team, wip], 'team')?.id).toBe('team');
    expect(firstContactPoint([], null)).toBeNull();
  });
});

describe('the number to call at a contact point', () => {
  const point = (phones: string[], contactPhone: string | null): WalkInPoint => ({
    id: 'p',
    name: 'Wijkinformatiepunt',
    streetAddress: null,
    postalCode: null,
    buurtId: null,
    hours: [],
    phones: phones.map((number) => ({ number, description: '' })),
    contact: contactPhone === null ? null : { name: 'Gastvrouw', title: null, phone: contactPhone, email: null },
  });

  it("is the place's own number, else its person's, else none", () => {
    expect(phoneOfPoint(point(['030 000 0001'], '030 000 0002'))).toBe('030 000 0001');
    expect(phoneOfPoint(point([], '030 000 0002'))).toBe('030 000 0002');
    expect(phoneOfPoint(point([], null))).toBeNull();
    expect(phoneOfPoint(null)).toBeNull();
  });
});
