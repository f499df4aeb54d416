import { hashToken, looksLikeToken } from '../../../platform/auth/tokens.ts';
import { linkState, type LinkState } from './links.rules.ts';

export type FollowedLink<T> = { state: 'valid'; link: T } | { state: Exclude<LinkState, 'valid'> };

/**
 * What the token of a mailed link stands for. Only a well-formed token is looked up, and
 * only by its hash: the database never holds a working link.
 */
export async function followLink<T extends { expiresAt: string; usedAt: string | null }>(
  token: string,
  now: Date,
  find: (tokenHash: string) => Promise<T | undefined>,
): Promise<FollowedLink<T>> {
  const link = looksLikeToken(token) ? await find(hashToken(token)) : undefined;
  const state = linkState(link, now);
  return state === 'valid' && link !== undefined ? { state, link } : { state: state === 'valid' ? 'unknown' : state };
}
