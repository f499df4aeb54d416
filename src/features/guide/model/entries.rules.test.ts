import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';
import { canEditEntry, editableOrganizations, isStale, reminderDue } from './entries.rules.ts';

describe('keeping it true: an entry not verified for a year is stale (issue 3, seed 000 §8)', () => {
  const entry = { lastVerifiedAt: '2025-11-23T09:00:00.000Z', createdAt: '2024-01-01T00:00:00.000Z' };

  it('goes stale exactly a year after the last verification', () => {
    expect(isStale(entry, new Date('2026-11-23T08:59:59Z'))).toBe(false);
    expect(isStale(entry, new Date('2026-11-23T09:00:00Z'))).toBe(true);
  });

  it('counts from the day it was made when it was never verified', () => {
    expect(isStale({ lastVerifiedAt: null, createdAt: '2026-02-01T00:00:00Z' }, new Date('2026-11-23T09:00:00Z'))).toBe(false);
    expect(isStale({ lastVerifiedAt: null, createdAt: '2025-02-01T00:00:00Z' }, new Date('2026-11-23T09:00:00Z'))).toBe(true);
  });

  it('knows the end of February in a leap year', () => {
    expect(isStale({ lastVerifiedAt: '2028-02-29T12:00:00Z', createdAt: '2028-01-01T00:00:00Z' }, new Date('2029-02-28T12:00:00Z'))).toBe(
      true,
    );
  });

  it('reminds once when it goes stale, and again after a month of silence', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    expect(reminderDue({ ...entry, remindedAt: null }, now)).toBe(true);
    expect(reminderDue({ ...entry, remindedAt: '2026-11-24T06:00:00Z' }, now)).toBe(false);
    expect(reminderDue({ ...entry, remindedAt: '2026-11-24T06:00:00Z' }, new Date('2026-12-24T06:00:00Z'))).toBe(true);
    // A reminder from before the last verification does not count.
    expect(reminderDue({ ...entry, remindedAt: '2025-06-01T00:00:00Z' }, now)).toBe(true);
    expect(reminderDue({ ...entry, lastVerifiedAt: '2026-11-30T00:00:00Z', remindedAt: null }, now)).toBe(false);
  });
});

describe('who edits what (issue 3: partner contacts edit their own organisation, coordinators all of their district)', () => {
  const role = (r: Partial<RoleAssignment>): RoleAssignment => ({
    role: 'resident',
    districtId: 'oost',
    buurtId: null,
    organizationId: null,
    ...r,
  });
  const entry = { districtId: 'oost', organizationId: 'dock' };

  it('lets a partner contact edit only their own organisation’s entries', () => {
    expect(canEditEntry([role({ role: 'partner_contact', organizationId: 'dock' })], entry)).toBe(true);
    expect(canEditEntry([role({ role: 'partner_contact', organizationId: 'nizu' })], entry)).toBe(false);
    expect(canEditEntry([role({ role: 'partner_contact', organizationId: 'dock', districtId: 'overvecht' })], entry)).toBe(false);
    expect(editableOrganizations([role({ role: 'partner_contact', organizationId: 'dock' })], 'oost')).toEqual(['dock']);
  });

  it('lets coordinators and administrators edit every entry of their district, nobody else', () => {
    expect(canEditEntry([role({ role: 'coordinator' })], entry)).toBe(true);
    expect(canEditEntry([role({ role: 'administrator', districtId: null })], entry)).toBe(true);
    expect(canEditEntry([role({ role: 'coordinator', districtId: 'overvecht' })], entry)).toBe(false);
    expect(canEditEntry([role({ role: 'professional' }), role({ role: 'volunteer' })], entry)).toBe(false);
    expect(editableOrganizations([role({ role: 'coordinator' })], 'oost')).toBe('all');
  });
});
