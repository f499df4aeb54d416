import type { Conversation } from '../../common-language/index.ts';
import type { Travel } from '../consent/consent.rules.ts';
import type { Consent } from '../consent/consents.repository.ts';
import type { Referral } from '../referrals/referrals.repository.ts';
import type { QuestionPageData } from '../triage/question.views.tsx';

/** The API's shapes of questions, referrals and consents (see api.schema.ts). */

function travelJson(travel: Travel) {
  return travel.personal ? { personal: true, items: travel.items, reason: null } : { personal: false, items: [], reason: travel.reason };
}

/** A referral as the API shows it, with what its receiver may see of the resident now. */
export function referralJson(r: Referral, travel: Travel) {
  return {
    id: r.id,
    contactName: r.contactName,
    organizationName: r.organizationName,
    summary: r.summary,
    formalCare: r.formalCare,
    status: r.status,
    createdAt: r.createdAt,
    dueAt: r.dueAt,
    declineReason: r.declineReason,
    outcome: r.outcome,
    personalData: travelJson(travel),
  };
}

export function consentJson(c: Consent) {
  const { id, status, organizationIds, neighbourHelp, items, purpose, how, recordedBy, validUntil, givenAt, withdrawnAt } = c;
  return {
    id,
    status,
    organizationIds: [...organizationIds],
    neighbourHelp,
    items: [...items],
    purpose,
    how,
    recordedBy,
    validUntil,
    givenAt,
    withdrawnAt,
  };
}

/** The conversation recorded with a question, with the name of who recorded it. */
export function conversationJson(c: Conversation, recordedBy: string | null) {
  return { id: c.id, answers: { ...c.answers }, invitedToPool: c.invited, recordedBy, recordedAt: c.createdAt };
}

export function questionJson(data: QuestionPageData, conversation: ReturnType<typeof conversationJson> | null) {
  const q = data.question;
  return {
    id: q.id,
    reference: q.reference,
    text: q.text,
    name: q.requesterName,
    contactBy: q.contactBy,
    phone: q.phone,
    email: q.email,
    street: q.street,
    urgency: q.urgency,
    channel: q.channel,
    status: q.status,
    outcome: q.outcome,
    createdAt: q.createdAt,
    events: data.events.map((e) => ({ at: e.at, kind: e.kind, by: e.actorName, text: e.body })),
    referrals: data.referrals.map((r) => referralJson(r, r.travel)),
    consents: data.consents.map(consentJson),
    conversation,
  };
}
