/** A password reset link works for one hour, once. */
export const RESET_LINK_MINUTES = 60;
/** An invitation works for fourteen days, once: people are not always online. */
export const INVITATION_DAYS = 14;

export type LinkState = 'valid' | 'unknown' | 'used' | 'expired';

export function linkState(link: { expiresAt: string; usedAt: string | null } | undefined, now: Date): LinkState {
  if (link === undefined) return 'unknown';
  if (link.usedAt !== null) return 'used';
  return now.getTime() < Date.parse(link.expiresAt) ? 'valid' : 'expired';
}

/**
 * Limits per 15 minutes: generous for a person, hopeless for guessing. Per address it is
 * higher, because a community centre or a care organisation signs in many people from one.
 * Per e-mail address only failed attempts count: someone who signs in on three devices is
 * never stopped, someone guessing a password is.
 */
export const rateLimits = {
  signInPerAddress: { limit: 100, windowSeconds: 900 },
  signInFailuresPerEmail: { limit: 8, windowSeconds: 900 },
  resetPerAddress: { limit: 5, windowSeconds: 900 },
  resetPerEmail: { limit: 3, windowSeconds: 900 },
  linkPerAddress: { limit: 20, windowSeconds: 900 },
} as const;
