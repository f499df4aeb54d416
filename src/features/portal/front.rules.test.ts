import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../../platform/auth/roles.rules.ts';
import { askWhom, splitTodayAndWeek } from './kiosk/today.rules.ts';
import { chosenOnProblem, linkProblem, mayKeepPlatforms } from './platforms/platforms.rules.ts';
import { mayKeepQa, normalized, searchTextOf, searchWordsOf } from './qa/qa.rules.ts';

const role = (r: RoleAssignment['role'], districtId: string | null, buurtId: string | null = null): RoleAssignment => ({
  role: r,
  districtId,
  buurtId,
  organizationId: null,
});

describe('platforms the steering group chose (issue 11.8)', () => {
  it('takes only whole https links', () => {
    expect(linkProblem(null)).toBeNull();
    expect(linkProblem('https://www.gebiedonline.nl/oost')).toBeNull();
    expect(linkProblem('http://www.gebiedonline.nl')).toBe('portal.platform.link.https');
    expect(linkProblem('javascript:alert(1)')).toBe('portal.platform.link.https');
    expect(linkProblem('www.gebiedonline.nl')).toBe('portal.platform.link.invalid');
    expect(linkProblem('https://localhost')).toBe('portal.platform.link.invalid');
    expect(linkProblem('https://naam:geheim@voorbeeld.nl')).toBe('portal.platform.link.invalid');
  });

  it('refuses a choice on a day still to come; an unknown date is fine', () => {
    expect(chosenOnProblem(null, '2026-11-23')).toBeNull();
    expect(chosenOnProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(chosenOnProblem('2026-11-24', '2026-11-23')).toBe('portal.platform.chosenOn.future');
  });

  it('is kept by the district’s steering group and administrators only', () => {
    expect(mayKeepPlatforms([role('steering_member', 'oost')], 'oost')).toBe(true);
    expect(mayKeepPlatforms([role('administrator', null)], 'oost')).toBe(true);
    expect(mayKeepPlatforms([role('steering_member', 'overvecht')], 'oost')).toBe(false);
    expect(mayKeepPlatforms([role('coordinator', 'oost'), role('pact_coordinator', 'oost')], 'oost')).toBe(false);
  });
});

describe('questions and answers (issue 11.9)', () => {
  it('lets coordinators keep their district’s items, and only administrators of every district the city’s', () => {
    expect(mayKeepQa([role('coordinator', 'oost')], 'oost', 'district')).toBe(true);
    expect(mayKeepQa([role('coordinator', 'oost')], 'overvecht', 'district')).toBe(false);
    expect(mayKeepQa([role('coordinator', 'oost', 'sterrenwijk')], 'oost', 'district')).toBe(false);
    expect(mayKeepQa([role('coordinator', 'overvecht')], 'overvecht', 'city')).toBe(false);
    expect(mayKeepQa([role('administrator', 'overvecht')], 'overvecht', 'city')).toBe(false);
    expect(mayKeepQa([role('administrator', null)], 'overvecht', 'city')).toBe(true);
    expect(mayKeepQa([role('resident', 'oost')], 'oost', 'district')).toBe(false);
  });

  it('compares words without case, accents or punctuation', () => {
    expect(normalized('Wie doet de Wijkcoöperatie-klus?')).toBe('wie doet de wijkcooperatie klus');
    expect(searchTextOf('Wat kost een klus?', '€ 4,50 per uur.')).toBe(' wat kost een klus 4 50 per uur ');
    expect(searchWordsOf('  De KLUS, de klus en 100% coöperatie_')).toEqual(['klus', '100', 'cooperatie']);
    expect(searchWordsOf('a b')).toEqual([]);
  });
});

describe('the kiosk’s agenda (issue 11.10)', () => {
  const day = (iso: string) => iso.slice(0, 10);
  const now = new Date('2026-11-23T10:00:00Z');
  const item = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });

  it('shows today what has not ended yet, then the rest of the week', () => {
    const over = item('2026-11-23T08:00:00Z', '2026-11-23T09:00:00Z');
    const running = item('2026-11-23T09:30:00Z', '2026-11-23T11:00:00Z');
    const later = item('2026-11-23T14:00:00Z', '2026-11-23T15:00:00Z');
    const tomorrow = item('2026-11-24T14:00:00Z', '2026-11-24T15:00:00Z');
    expect(splitTodayAndWeek([over, running, later, tomorrow], now, day)).toEqual({ today: [running, later], week: [tomorrow] });
  });

  it('asks the activity’s contact when they can be reached, else the wijkinformatiepunt', () => {
    expect(askWhom({ name: 'Jan', phone: '030 000 0001', email: null })).toBe('contact');
    expect(askWhom({ name: 'Jan', phone: null, email: 'jan@voorbeeld.nl' })).toBe('contact');
    expect(askWhom({ name: 'Jan', phone: null, email: null })).toBe('point');
  });
});
