import { describe, expect, it } from 'vitest';
import { addDays, dayInAmsterdam, scopeProblem, shareable, whatMayTravel, type Recipient } from './consent.rules.ts';
import { verbal } from './consent.testing.ts';

const now = new Date('2026-11-23T09:00:00Z');
const buurtteam: Recipient = { kind: 'organization', organizationId: 'buurtteam' };
const dock: Recipient = { kind: 'organization', organizationId: 'dock' };

const query = (recipient: Recipient, at = now) => ({ recipient, now: at, active: true });

describe('whatMayTravel: seed 000 §8, no data without consent', () => {
  it('shares only the items consented to, with the organisation named', () => {
    expect(whatMayTravel([verbal()], query(buurtteam))).toEqual({
      personal: true,
      items: ['name', 'phone'],
      consentIds: ['c1'],
      until: '2026-12-31',
    });
  });

  it('shares nothing without any consent: only the anonymous summary travels', () => {
    expect(whatMayTravel([], query(buurtteam))).toEqual({ personal: false, reason: 'no_consent' });
  });

  it('shares nothing with an organisation the consent does not name (organisation mismatch)', () => {
    expect(whatMayTravel([verbal()], query(dock))).toEqual({ personal: false, reason: 'other_organization' });
  });

  it('shares nothing once the consent is withdrawn, at once', () => {
    expect(whatMayTravel([verbal({ status: 'withdrawn', withdrawnAt: '2026-11-22T10:00:00.000Z' })], query(buurtteam))).toEqual({
      personal: false,
      reason: 'withdrawn',
    });
  });

  it('holds through its last day in Utrecht and not a day longer (expiry)', () => {
    const lastDay = verbal({ validUntil: '2026-11-23' });
    expect(whatMayTravel([lastDay], query(buurtteam, new Date('2026-11-23T22:59:00Z'))).personal).toBe(true);
    expect(whatMayTravel([lastDay], query(buurtteam, new Date('2026-11-23T23:01:00Z')))).toEqual({ personal: false, reason: 'expired' });
  });

  it('needs the scope, the purpose, how and by whom it was given', () => {
    expect(whatMayTravel([verbal({ recordedBy: null })], query(buurtteam))).toEqual({ personal: false, reason: 'incomplete' });
    expect(whatMayTravel([verbal({ purpose: ' ' })], query(buurtteam))).toEqual({ personal: false, reason: 'incomplete' });
    expect(whatMayTravel([verbal({ items: [] })], query(buurtteam))).toEqual({ personal: false, reason: 'incomplete' });
    const online = verbal({ how: 'online', recordedBy: 'femke', givenAt: null });
    expect(whatMayTravel([online], query(buurtteam))).toEqual({ personal: false, reason: 'incomplete' });
  });

  it('shares nothing while the resident has not answered, or said no', () => {
    expect(whatMayTravel([verbal({ status: 'requested', givenAt: null })], query(buurtteam))).toEqual({
      personal: false,
      reason: 'requested',
    });
    expect(whatMayTravel([verbal({ status: 'refused', givenAt: null })], query(buurtteam))).toEqual({ personal: false, reason: 'refused' });
  });

  it('shares nothing once the referral or hand-over has ended', () => {
    expect(whatMayTravel([verbal()], { ...query(buurtteam), active: false })).toEqual({ personal: false, reason: 'not_active' });
  });

  it('adds up valid consents and ignores withdrawn ones', () => {
    const consents = [
      verbal(),
      verbal({ id: 'c2', items: ['question'], validUntil: '2027-01-31' }),
      verbal({ id: 'c3', items: ['address'], status: 'withdrawn' }),
    ];
    expect(whatMayTravel(consents, query(buurtteam))).toEqual({
      personal: true,
      items: ['name', 'phone', 'question'],
      consentIds: ['c1', 'c2'],
      until: '2027-01-31',
    });
  });

  it('covers neighbour help only when the consent says so', () => {
    expect(whatMayTravel([verbal()], query({ kind: 'neighbour_help' })).personal).toBe(false);
    expect(whatMayTravel([verbal({ neighbourHelp: true })], query({ kind: 'neighbour_help' })).personal).toBe(true);
  });

  it('blanks everything that may not travel', () => {
    const person = { name: 'Bea', phone: '06 11 22 33 44', email: 'bea@example.nl', address: 'Straat 1', question: 'Schulden' };
    expect(shareable(person, whatMayTravel([verbal()], query(buurtteam)))).toEqual({
      name: 'Bea',
      phone: '06 11 22 33 44',
      email: null,
      address: null,
      question: null,
    });
    expect(shareable(person, { personal: false, reason: 'no_consent' })).toEqual({
      name: null,
      phone: null,
      email: null,
      address: null,
      question: null,
    });
  });
});

describe('scopeProblem: consent only for partners of the district, for a clear period', () => {
  const partners = new Set(['buurtteam', 'dock']);
  const scope = { organizationIds: ['buurtteam'], neighbourHelp: false, validUntil: '2027-02-01' };

  it('accepts a partner of the district and a date within a year', () => {
    expect(scopeProblem(scope, partners, now)).toBeNull();
  });

  it('refuses an unknown organisation', () => {
    expect(scopeProblem({ ...scope, organizationIds: ['elders'] }, partners, now)).toEqual({
      field: 'organizations',
      code: 'questions.consent.unknownOrganization',
    });
  });

  it('refuses no recipient, a date in the past and one more than a year ahead', () => {
    expect(scopeProblem({ ...scope, organizationIds: [] }, partners, now)?.code).toBe('questions.consent.noRecipient');
    expect(scopeProblem({ ...scope, validUntil: '2026-11-22' }, partners, now)?.code).toBe('questions.consent.untilPast');
    expect(scopeProblem({ ...scope, validUntil: addDays(dayInAmsterdam(now), 367) }, partners, now)?.code).toBe(
      'questions.consent.untilTooFar',
    );
  });
});
