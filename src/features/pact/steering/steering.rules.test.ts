import { describe, expect, it } from 'vitest';
import { chairRotation, MAX_STEERING_MEMBERS, openSeats, periodOf, periodsFrom, refuseNewMember, type Seat } from './steering.rules.ts';

const full: { seat: Seat }[] = [
  { seat: 'resident_org' },
  { seat: 'resident_org' },
  { seat: 'first_line_care' },
  { seat: 'buurtteam' },
  { seat: 'dock' },
  { seat: 'informal_care' },
  { seat: 'municipality' },
  { seat: 'key_figure' },
];

describe('steering group seats (seed 000 §6)', () => {
  it('takes at most 8 members: a ninth is refused whatever the seat', () => {
    expect(full).toHaveLength(MAX_STEERING_MEMBERS);
    expect(refuseNewMember(full, 'dock')).toBe('pact.steering.full');
    expect(refuseNewMember(full.slice(0, 7), 'key_figure')).toBeNull();
  });

  it('has two seats for resident organisations and one for each other partner', () => {
    expect(refuseNewMember([{ seat: 'resident_org' }], 'resident_org')).toBeNull();
    expect(refuseNewMember([{ seat: 'resident_org' }, { seat: 'resident_org' }], 'resident_org')).toBe('pact.steering.seatTaken');
    expect(refuseNewMember([{ seat: 'dock' }], 'dock')).toBe('pact.steering.seatTaken');
    expect(refuseNewMember([{ seat: 'dock' }], 'municipality')).toBeNull();
  });

  it('names the prescribed seats that are still empty', () => {
    expect(openSeats(full)).toEqual([]);
    expect(openSeats([{ seat: 'resident_org' }, { seat: 'dock' }])).toEqual([
      { seat: 'resident_org', open: 1 },
      { seat: 'first_line_care', open: 1 },
      { seat: 'buurtteam', open: 1 },
      { seat: 'informal_care', open: 1 },
      { seat: 'municipality', open: 1 },
    ]);
  });
});

describe('rotating chair (seed 000 §6: "het voorzitterschap rouleert")', () => {
  const members = [
    { id: 'c', joinedOn: '2022-03-01' },
    { id: 'a', joinedOn: '2022-01-01' },
    { id: 'b', joinedOn: '2022-02-01' },
  ];

  it('gives the chair in turn, in the order members joined, after the last chair', () => {
    expect(chairRotation(members, null, periodsFrom('2026-1', 4))).toEqual([
      { period: '2026-1', memberId: 'a' },
      { period: '2026-2', memberId: 'b' },
      { period: '2027-1', memberId: 'c' },
      { period: '2027-2', memberId: 'a' },
    ]);
    expect(chairRotation(members, 'b', ['2027-1']).map((t) => t.memberId)).toEqual(['c']);
    expect(chairRotation([], null, ['2027-1'])).toEqual([]);
  });

  it('counts half years, as the steering group meets twice a year', () => {
    expect(periodOf('2026-06-30')).toBe('2026-1');
    expect(periodOf('2026-07-01')).toBe('2026-2');
    expect(periodsFrom('2026-2', 3)).toEqual(['2026-2', '2027-1', '2027-2']);
  });
});
