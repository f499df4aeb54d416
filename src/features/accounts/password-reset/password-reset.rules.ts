/** A password reset link works for one hour, once. */
export const RESET_LINK_MINUTES = 60;

/** Asking for a link, per 15 minutes: a few times is plenty for a person; it keeps the mail from being a weapon. */
export const resetLimits = {
  perAddress: { limit: 5, windowSeconds: 900 },
  perEmail: { limit: 3, windowSeconds: 900 },
} as const;
