import type { Question } from '../question/question.repository.ts';
import { isActiveReferral, type ReferralStatus } from '../referrals/referral.rules.ts';
import { shareable, whatMayTravel, type ConsentRecord, type PersonalData, type Travel } from './consent.rules.ts';

/** The resident's personal data as the question holds it. */
export function personOf(question: Pick<Question, 'requesterName' | 'phone' | 'email' | 'street' | 'text'>): PersonalData {
  return { name: question.requesterName, phone: question.phone, email: question.email, address: question.street, question: question.text };
}

/** What the receiving organisation of a referral may see of the resident now: why (or why not), and what. */
export interface ReceiverView {
  travel: Travel;
  /** The resident's data with everything the consent does not cover set to null. */
  resident: PersonalData;
}

/**
 * The one answer to "what may this organisation see of this question": the consent rule
 * with the referral's organisation as recipient, only while the referral is live. The
 * referral page, the API, the mail to the receiver and the coordinator's overview all ask this.
 */
export function receiverView(
  consents: readonly ConsentRecord[],
  question: Parameters<typeof personOf>[0],
  referral: { organizationId: string; status: ReferralStatus },
  now: Date,
): ReceiverView {
  const travel = whatMayTravel(consents, {
    recipient: { kind: 'organization', organizationId: referral.organizationId },
    now,
    active: isActiveReferral(referral.status),
  });
  return { travel, resident: shareable(personOf(question), travel) };
}
