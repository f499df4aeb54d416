import { describe, expect, it } from 'vitest';
import { knownAccounts, unlockedAccount, unlockPath, withKnownAccount } from './known-device.rules.ts';

const secret = 'test-secret-with-enough-length-0123456789';
const now = new Date('2026-11-30T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 24 * 3600 * 1000);

describe('known devices', () => {
  it('remembers up to five accounts, newest first, and renews a note', () => {
    let cookie: string | undefined;
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) cookie = withKnownAccount(secret, cookie, id, now);
    expect(knownAccounts(secret, cookie, now)).toEqual(['f', 'e', 'd', 'c', 'b']);
    cookie = withKnownAccount(secret, cookie, 'c', now);
    expect(knownAccounts(secret, cookie, now)).toEqual(['c', 'f', 'e', 'd', 'b']);
  });

  it('forgets a note after 180 days and trusts no forged or foreign note', () => {
    const cookie = withKnownAccount(secret, undefined, 'user-1', now);
    expect(knownAccounts(secret, cookie, days(180))).toEqual(['user-1']);
    expect(knownAccounts(secret, cookie, days(181))).toEqual([]);
    expect(knownAccounts('another-secret', cookie, now)).toEqual([]);
    const [user, day] = cookie.split('.');
    expect(knownAccounts(secret, `${user}.${day}.forged`, now)).toEqual([]);
    const otherUser = Buffer.from('user-2').toString('base64url');
    expect(knownAccounts(secret, cookie.replace(user ?? '', otherUser), now)).toEqual([]);
    expect(knownAccounts(secret, 'rubbish~..~a.b.c', now)).toEqual([]);
  });

  it('makes unlock links that work for an hour for their own account only', () => {
    const [, , , user = '', until = '', signature = ''] = unlockPath(secret, 'user-1', now).split('/');
    expect(unlockedAccount(secret, { user, until, signature }, now)).toEqual({ state: 'valid', userId: 'user-1' });
    expect(unlockedAccount(secret, { user, until, signature }, new Date(now.getTime() + 61 * 60000))).toEqual({ state: 'expired' });
    const otherUser = Buffer.from('user-2').toString('base64url');
    expect(unlockedAccount(secret, { user: otherUser, until, signature }, now)).toEqual({ state: 'unknown' });
    expect(unlockedAccount(secret, { user, until: '99999999', signature }, now)).toEqual({ state: 'unknown' });
  });
});
