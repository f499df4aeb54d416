import { password as passwordField } from '../../../platform/http/fields.ts';

export const password = passwordField();

/** A new password, twice, so a typing mistake is caught before it locks someone out. */
export const newPassword = { password, passwordRepeat: password };

type Twice = { password: string; passwordRepeat: string };

/** The refinement of a form with a new password: `.refine(...samePasswordTwice)`. */
export const samePasswordTwice: [(v: Twice) => boolean, { message: string; path: string[] }] = [
  (v) => v.password === v.passwordRepeat,
  { message: 'accounts.passwordRepeat.mismatch', path: ['passwordRepeat'] },
];
