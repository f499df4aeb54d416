import { z } from 'zod';

/**
 * A password exactly as typed: not trimmed, so every character counts (the shared text
 * fields trim). Long enough for any pass phrase.
 */
export const password = z.string().min(1).max(1000);

/** A new password, twice, so a typing mistake is caught before it locks someone out. */
export const newPassword = { password, passwordRepeat: password };

type Twice = { password: string; passwordRepeat: string };

/** The refinement of a form with a new password: `.refine(...samePasswordTwice)`. */
export const samePasswordTwice: [(v: Twice) => boolean, { message: string; path: string[] }] = [
  (v) => v.password === v.passwordRepeat,
  { message: 'accounts.passwordRepeat.mismatch', path: ['passwordRepeat'] },
];
