import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: for session cookies and links sent by e-mail. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes are stored, so a leaked database does not hand out live links or sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
