import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { passwordProblem } from './passwords.rules.ts';
import { hashToken, looksLikeToken, newToken } from './tokens.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('een lang geheim');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(hash, 'een lang geheim')).toBe(true);
    expect(await verifyPassword(hash, 'een ander geheim')).toBe(false);
  });

  it('never accepts a user without a password, nor a broken hash', async () => {
    expect(await verifyPassword(null, 'decoy-password-never-valid')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

describe('passwordProblem', () => {
  it.each([
    ['kort', 'password.tooShort'],
    ['x'.repeat(201), 'password.tooLong'],
    ['wachtwoord123', 'password.tooCommon'],
    ['aaaaaaaaaaaa', 'password.tooCommon'],
    ['anja.vdaa-2026', 'password.likeEmail'],
    ['paarse fietsen in oost', null],
  ])('judges %s as %s', (password, problem) => {
    expect(passwordProblem(password, 'anja.vdaa@voorbeeld.nl')).toBe(problem);
  });
});

describe('tokens', () => {
  it('are long, random and stored only as a hash', () => {
    const token = newToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeToken('short')).toBe(false);
  });
});
