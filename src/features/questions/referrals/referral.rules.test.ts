import { describe, expect, it } from 'vitest';
import {
  isActiveReferral,
  MAX_REMINDERS,
  nextReferralStatus,
  referralStatuses,
  reminderDue,
  type ReferralAction,
} from './referral.rules.ts';

describe('the referral state machine (closed loop)', () => {
  const legal: Record<ReferralAction, string[]> = {
    accept: ['pending'],
    decline: ['pending'],
    retract: ['pending'],
    cancel: ['pending', 'accepted'],
    close: ['accepted'],
    scale_up: ['accepted'],
    scale_down: ['accepted'],
  };
  for (const [action, from] of Object.entries(legal) as [ReferralAction, string[]][]) {
    it(`${action} only from ${from.join(' or ')}`, () => {
      for (const status of referralStatuses) expect(nextReferralStatus(status, action) !== null).toBe(from.includes(status));
    });
  }

  it('is active while it waits or is worked on', () => {
    expect(referralStatuses.filter(isActiveReferral)).toEqual(['pending', 'accepted']);
  });
});

describe('reminders', () => {
  it('reminds once a referral is overdue, then daily, at most three times', () => {
    const referral = { status: 'pending' as const, dueAt: '2026-11-24T09:00:00.000Z', reminderCount: 0, lastRemindedAt: null };
    expect(reminderDue(referral, new Date('2026-11-24T08:59:00Z'))).toBe(false);
    expect(reminderDue(referral, new Date('2026-11-24T09:01:00Z'))).toBe(true);
    const reminded = { ...referral, reminderCount: 1, lastRemindedAt: '2026-11-24T09:01:00.000Z' };
    expect(reminderDue(reminded, new Date('2026-11-24T20:00:00Z'))).toBe(false);
    expect(reminderDue(reminded, new Date('2026-11-25T09:01:00Z'))).toBe(true);
    expect(reminderDue({ ...reminded, reminderCount: MAX_REMINDERS }, new Date('2026-12-30T00:00:00Z'))).toBe(false);
    expect(reminderDue({ ...referral, status: 'accepted' }, new Date('2026-12-30T00:00:00Z'))).toBe(false);
  });
});
