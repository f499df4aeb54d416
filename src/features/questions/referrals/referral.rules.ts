import { isOverdue } from '../question/question.rules.ts';

/**
 * A referral's life (the closed loop): it waits for its receiver, who accepts or declines;
 * an accepted one ends closed, scaled up to formal care or down to neighbour help.
 */
export const referralStatuses = [
  'pending',
  'accepted',
  'declined',
  'retracted',
  'cancelled',
  'closed',
  'scaled_up',
  'scaled_down',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export type ReferralAction = 'accept' | 'decline' | 'retract' | 'cancel' | 'close' | 'scale_up' | 'scale_down';

const referralTransitions: Record<ReferralAction, { from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  accept: { from: ['pending'], to: 'accepted' },
  decline: { from: ['pending'], to: 'declined' },
  retract: { from: ['pending'], to: 'retracted' },
  // The resident withdrew the question.
  cancel: { from: ['pending', 'accepted'], to: 'cancelled' },
  close: { from: ['accepted'], to: 'closed' },
  scale_up: { from: ['accepted'], to: 'scaled_up' },
  scale_down: { from: ['accepted'], to: 'scaled_down' },
};

export function nextReferralStatus(status: ReferralStatus, action: ReferralAction): ReferralStatus | null {
  const t = referralTransitions[action];
  return t.from.includes(status) ? t.to : null;
}

/** A referral is live while it waits for an answer or the receiver works on it. */
export const activeReferralStatuses = ['pending', 'accepted'] as const satisfies readonly ReferralStatus[];

export function isActiveReferral(status: ReferralStatus): boolean {
  return (activeReferralStatuses as readonly ReferralStatus[]).includes(status);
}

/** Reminders for an unanswered referral: once it is overdue, then daily, at most three. */
export const MAX_REMINDERS = 3;
const REMINDER_INTERVAL_MS = 24 * 3_600_000;

export function reminderDue(
  referral: { status: ReferralStatus; dueAt: string; reminderCount: number; lastRemindedAt: string | null },
  now: Date,
): boolean {
  if (referral.status !== 'pending' || !isOverdue(referral.dueAt, now) || referral.reminderCount >= MAX_REMINDERS) return false;
  return referral.lastRemindedAt === null || now.getTime() - Date.parse(referral.lastRemindedAt) >= REMINDER_INTERVAL_MS;
}
