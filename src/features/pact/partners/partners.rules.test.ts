import { describe, expect, it } from 'vitest';
import { commitmentEvidence, refuseDecision } from './partners.rules.ts';

describe('commitments of signatories (seed 000, "Ondertekening" a–e)', () => {
  it('shows what the system knows about a–d, and leaves e to the partner', () => {
    expect(
      commitmentEvidence({ hasContact: true, coOrganised: 1, projectsOwned: 2, jointMeetingsHeld: 4, jointMeetingsAttended: 4 }),
    ).toEqual({ a: true, b: true, c: true, d: true, e: null });
    expect(
      commitmentEvidence({ hasContact: false, coOrganised: 0, projectsOwned: 0, jointMeetingsHeld: 3, jointMeetingsAttended: 2 }),
    ).toEqual({ a: false, b: false, c: false, d: false, e: null });
  });

  it('cannot judge attendance before any joint meeting was held', () => {
    expect(
      commitmentEvidence({ hasContact: true, coOrganised: 0, projectsOwned: 0, jointMeetingsHeld: 0, jointMeetingsAttended: 0 }).d,
    ).toBeNull();
  });
});

describe('join requests (seed 001: "Nieuwe partners kunnen aansluiten"; the steering group approves)', () => {
  it('is decided only once', () => {
    expect(refuseDecision('pending')).toBeNull();
    expect(refuseDecision('approved')).toBe('pact.join.alreadyDecided');
    expect(refuseDecision('declined')).toBe('pact.join.alreadyDecided');
  });
});
