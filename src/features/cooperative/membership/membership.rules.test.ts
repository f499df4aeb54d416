import { describe, expect, it } from 'vitest';
import { memberOn, refuseApplication, refuseDecision } from './membership.rules.ts';

describe('membership rules', () => {
  const fresh = { alreadyMember: false, alreadyWaiting: false };
  it('asks an organisation or entrepreneur for its name, a resident not', () => {
    expect(refuseApplication({ kind: 'resident', organization: null, ...fresh })).toBeNull();
    expect(refuseApplication({ kind: 'organisation', organization: null, ...fresh })?.code).toBe(
      'cooperative.apply.organizationRequired.organisation',
    );
    expect(refuseApplication({ kind: 'entrepreneur', organization: 'Fietsen', ...fresh })).toBeNull();
  });
  it('refuses a second application or a member applying again', () => {
    expect(refuseApplication({ kind: 'resident', organization: null, alreadyMember: true, alreadyWaiting: false })?.status).toBe(409);
    expect(refuseApplication({ kind: 'resident', organization: null, alreadyMember: false, alreadyWaiting: true })?.code).toBe(
      'cooperative.apply.alreadyWaiting',
    );
  });
  it('decides only a waiting application, and a decline needs a reason', () => {
    expect(refuseDecision('pending', 'admitted', null)).toBeNull();
    expect(refuseDecision('pending', 'declined', null)?.field).toBe('reason');
    expect(refuseDecision('admitted', 'declined', 'x')?.status).toBe(409);
  });
  it('counts a member from the day they join until the day they end', () => {
    const m = { joinedOn: '2025-01-10', endedOn: '2026-06-30' };
    expect(memberOn(m, '2025-01-09')).toBe(false);
    expect(memberOn(m, '2025-01-10')).toBe(true);
    expect(memberOn(m, '2026-06-29')).toBe(true);
    expect(memberOn(m, '2026-06-30')).toBe(false);
    expect(memberOn({ joinedOn: '2025-01-10', endedOn: null }, '2030-01-01')).toBe(true);
  });
});
