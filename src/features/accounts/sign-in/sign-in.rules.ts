/**
 * Sign-in attempts per 15 minutes: generous for a person, hopeless for guessing. Per
 * address it is higher, because a community centre or a care organisation signs in many
 * people from one. Per e-mail address only failed attempts count: someone who signs in on
 * three devices is never stopped, someone guessing a password is.
 */
export const signInLimits = {
  perAddress: { limit: 100, windowSeconds: 900 },
  failuresPerEmail: { limit: 8, windowSeconds: 900 },
} as const;

/** The count of failed sign-ins for one e-mail address. */
export const failuresKey = (email: string): string => `sign-in:failed:${email}`;
