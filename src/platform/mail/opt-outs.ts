import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { DbOrTx } from '../db/schema.ts';

/**
 * Recurring mails (activity reminders, the digest) carry a one-click unsubscribe link
 * (RFC 8058). The link is signed, not stored: it names the kind of mail (`list`) and the
 * address as a hash, so it works without a session or CSRF token and cannot be guessed
 * for someone else's address. The opt-out itself is stored, so the header tells the truth.
 */
export interface OptOut {
  list: string;
  addressKey: string;
}

/** An address as the opt-out store knows it: a hash of its lower-case form. */
export function addressKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

const signatureOf = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`opt-out\n${payload}`).digest('base64url').slice(0, 32);

export function optOutToken(secret: string, list: string, email: string): string {
  const payload = Buffer.from(`${list}\n${addressKey(email)}`).toString('base64url');
  return `${payload}.${signatureOf(secret, payload)}`;
}

/** What a token says, or null when it was not made by this portal (or was changed). */
export function readOptOutToken(secret: string, token: string): OptOut | null {
  const [payload, signature, ...rest] = token.split('.');
  if (payload === undefined || signature === undefined || rest.length > 0 || token.length > 300) return null;
  const expected = Buffer.from(signatureOf(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [list, key, ...more] = Buffer.from(payload, 'base64url').toString('utf8').split('\n');
  return list === undefined || key === undefined || more.length > 0 || list === '' ? null : { list, addressKey: key };
}

/** The page that confirms (GET) or does (POST, one click) the opt-out; served by the subscriptions feature. */
export function optOutPath(districtSlug: string, token: string): string {
  return `/${districtSlug}/afmelden/${token}`;
}

/** RFC 8058: the mail client may offer "unsubscribe" and POST `List-Unsubscribe=One-Click` to the link. */
export function unsubscribeHeaders(link: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export async function recordOptOut(db: DbOrTx, optOut: OptOut, at: string): Promise<void> {
  await db
    .insertInto('mail_opt_outs')
    .values({ list: optOut.list, address_key: optOut.addressKey, created_at: at })
    .onConflict((oc) => oc.columns(['list', 'address_key']).doNothing())
    .execute();
}

export async function hasOptedOut(db: DbOrTx, list: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('mail_opt_outs')
    .select('list')
    .where('list', '=', list)
    .where('address_key', '=', addressKey(email))
    .executeTakeFirst();
  return row !== undefined;
}
