/**
 * Proof that a browser belongs to an account's owner, without server state: a browser that
 * once signed in to an account (or opened the unlock link mailed to its owner) carries a
 * signed note of that. Failed sign-ins are counted per account *and* source, so strangers
 * guessing from elsewhere never lock the owner's own browser out (ADR 0004).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const KNOWN_DEVICE_COOKIE = 'wp_apparaat';
/** A shared computer (a community centre, a library) may hold several people's notes. */
const MAX_ACCOUNTS = 5;
export const KNOWN_DEVICE_DAYS = 180;
export const UNLOCK_LINK_MINUTES = 60;

const DAY_MS = 24 * 3600 * 1000;

function mac(secret: string, purpose: string, ...parts: string[]): string {
  return createHmac('sha256', secret)
    .update([purpose, ...parts].join('\n'))
    .digest('base64url');
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const encode = (userId: string): string => Buffer.from(userId).toString('base64url');
const decode = (part: string): string => Buffer.from(part, 'base64url').toString();

interface Entry {
  userId: string;
  day: number;
}

function entriesOf(secret: string, cookie: string | undefined, now: Date): Entry[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  return (cookie ?? '')
    .split('~')
    .slice(0, MAX_ACCOUNTS)
    .flatMap((raw) => {
      const [user, day, signature] = raw.split('.');
      if (user === undefined || day === undefined || signature === undefined || !/^\d{1,6}$/.test(day)) return [];
      if (!same(signature, mac(secret, 'device', user, day))) return [];
      const issued = Number(day);
      return today - issued <= KNOWN_DEVICE_DAYS ? [{ userId: decode(user), day: issued }] : [];
    });
}

/** The accounts this browser has proven to belong to; forged or expired notes count for nothing. */
export function knownAccounts(secret: string, cookie: string | undefined, now: Date): string[] {
  return entriesOf(secret, cookie, now).map((e) => e.userId);
}

/** The cookie's new value with this account noted (renewed) first; the oldest note falls off. */
export function withKnownAccount(secret: string, cookie: string | undefined, userId: string, now: Date): string {
  const day = String(Math.floor(now.getTime() / DAY_MS));
  const user = encode(userId);
  const others = entriesOf(secret, cookie, now)
    .filter((e) => e.userId !== userId)
    .map((e) => [encode(e.userId), String(e.day), mac(secret, 'device', encode(e.userId), String(e.day))].join('.'));
  return [[user, day, mac(secret, 'device', user, day)].join('.'), ...others].slice(0, MAX_ACCOUNTS).join('~');
}

/** The path of the link that makes the browser it is opened in a known one for this account. */
export function unlockPath(secret: string, userId: string, now: Date): string {
  const until = String(Math.floor(now.getTime() / 60000) + UNLOCK_LINK_MINUTES);
  const user = encode(userId);
  return `/inloggen/apparaat/${user}/${until}/${mac(secret, 'unlock', user, until)}`;
}

export type Unlock = { state: 'valid'; userId: string } | { state: 'unknown' | 'expired' };

/** The account an unlock link stands for; a forged link is unknown. */
export function unlockedAccount(secret: string, link: { user: string; until: string; signature: string }, now: Date): Unlock {
  if (!/^\d{1,10}$/.test(link.until) || !same(link.signature, mac(secret, 'unlock', link.user, link.until))) return { state: 'unknown' };
  if (Number(link.until) < Math.floor(now.getTime() / 60000)) return { state: 'expired' };
  return { state: 'valid', userId: decode(link.user) };
}
