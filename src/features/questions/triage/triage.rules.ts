import { isOverdue, responseDueAt, type QuestionStatus, type Urgency } from '../question/question.rules.ts';
import type { ReferralStatus } from '../referrals/referral.rules.ts';

/** The coordinators' list, in three groups by the question's state; the Dutch names are in the URL. */
export const listGroups = { nieuw: ['new'], doorverwezen: ['referred', 'accepted'], afgerond: ['closed', 'withdrawn'] } as const;
export type ListGroup = keyof typeof listGroups;
export const listGroupNames = Object.keys(listGroups) as [ListGroup, ...ListGroup[]];

/** Late: no first response in time, or a referral nobody answered in time. */
export function isLate(
  item: {
    status: QuestionStatus;
    createdAt: string;
    urgency: Urgency;
    firstResponseAt: string | null;
    referral: { status: ReferralStatus; dueAt: string } | null;
  },
  now: Date,
): boolean {
  if (item.status === 'new') return item.firstResponseAt === null && isOverdue(responseDueAt(item.createdAt, item.urgency), now);
  return item.referral?.status === 'pending' && isOverdue(item.referral.dueAt, now);
}
