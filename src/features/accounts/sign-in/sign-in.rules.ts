import type { RateLimitRule } from '../../../platform/http/rate-limit.repository.ts';

/**
 * Sign-in attempts: generous for a person, hopeless for guessing. Per address it is higher,
 * because a community centre or a care organisation signs in many people from one. Only
 * failed attempts count against an account, and they count per source: the owner's own
 * browser (known from an earlier sign-in) has its own count, so strangers elsewhere cannot
 * lock the owner out. Failures from unknown sources together are capped too; past that cap
 * an unknown browser needs the link mailed to the owner.
 */
export const signInLimits = {
  perAddress: { limit: 100, windowSeconds: 900 },
  failuresPerSource: { limit: 8, windowSeconds: 900 },
  failuresFromStrangers: { limit: 20, windowSeconds: 3600 },
  unlockMails: { limit: 1, windowSeconds: 3600 },
} as const;

export interface Attempt {
  email: string;
  address: string;
  /** Whether this browser proved earlier that it belongs to the account's owner. */
  knownDevice: boolean;
}

/** The failure count this attempt belongs to. */
export function sourceKey(attempt: Attempt): string {
  return attempt.knownDevice ? `sign-in:failed:${attempt.email}:known` : `sign-in:failed:${attempt.email}:ip:${attempt.address}`;
}

/** The failures of all unknown sources together, for one account. */
export const strangersKey = (email: string): string => `sign-in:failed:${email}`;

export const unlockMailKey = (email: string): string => `sign-in:unlock:${email}`;

/** What one attempt is counted against, before its password is checked. */
export function attemptLimits(attempt: Attempt): { key: string; rule: RateLimitRule; lockedBy: 'source' | 'strangers' }[] {
  const limits: { key: string; rule: RateLimitRule; lockedBy: 'source' | 'strangers' }[] = [
    { key: `sign-in:ip:${attempt.address}`, rule: signInLimits.perAddress, lockedBy: 'source' },
    { key: sourceKey(attempt), rule: signInLimits.failuresPerSource, lockedBy: 'source' },
  ];
  if (!attempt.knownDevice)
    limits.push({ key: strangersKey(attempt.email), rule: signInLimits.failuresFromStrangers, lockedBy: 'strangers' });
  return limits;
}
