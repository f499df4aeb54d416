/**
 * An invitation or a password reset arrives as a link in a mail. It works once, until it
 * expires; any other token is unknown.
 */
export type LinkState = 'valid' | 'unknown' | 'used' | 'expired';

export function linkState(link: { expiresAt: string; usedAt: string | null } | undefined, now: Date): LinkState {
  if (link === undefined) return 'unknown';
  if (link.usedAt !== null) return 'used';
  return now.getTime() < Date.parse(link.expiresAt) ? 'valid' : 'expired';
}

/** Sending a form behind a mailed link, per 15 minutes per address: generous for a person, hopeless for guessing. */
export const linkPerAddress = { limit: 20, windowSeconds: 900 } as const;
