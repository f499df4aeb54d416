import { audit, linkFor, queueMail, type ActionContext } from '../../../platform/actions/action.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { dataItems } from '../consent/consent.rules.ts';
import { consentsOf } from '../consent/consents.repository.ts';
import { receiverView, type ReceiverView } from '../consent/receiver-view.ts';
import type { Question } from '../question/question.repository.ts';
import { translatorFor } from '../questions.i18n.ts';
import { contactUserOf, receiverAddresses } from './partner-contacts.ts';
import type { Referral } from './referrals.repository.ts';

/** The lines with personal data a receiver may read; or how to reach the resident without it. */
function personalBlock(t: Translate, view: ReceiverView, referrer: { name: string; email: string }): string {
  if (!view.travel.personal) return t('questions.mail.referral.noConsent', { referrer: referrer.name, email: referrer.email });
  const lines = dataItems
    .filter((item) => view.resident[item] !== null)
    .map((item) => `${t(`questions.item.${item}`)}: ${view.resident[item] ?? ''}`);
  return [t('questions.mail.referral.withConsent'), ...lines].join('\n');
}

/** Personal data sent by e-mail counts as read by the receiver (their account, when they have one): the resident sees it under inzage. */
async function auditMailed(trx: DbOrTx, ctx: ActionContext, question: Question, referral: Referral): Promise<void> {
  const userId = await contactUserOf(trx, referral.contactId);
  const receiver = userId === null ? undefined : await findUserById(trx, userId);
  const reader = receiver === undefined ? null : { id: receiver.id, email: receiver.email, name: receiver.name, roles: [] };
  await audit(
    trx,
    { ...ctx, user: reader },
    {
      action: 'questions.personal_data.mailed',
      subjectType: 'question',
      subjectId: question.id,
      districtId: question.districtId,
      details: { role: 'receiver', organization: referral.organizationName, contact: referral.contactName },
    },
  );
}

/** The new-referral mail and its reminders to the receiver; personal data only as consent allows now. */
export async function mailReceiver(
  trx: DbOrTx,
  ctx: ActionContext,
  question: Question,
  referral: Referral,
  kind: 'referral' | 'reminder',
): Promise<void> {
  const to = await receiverAddresses(trx, referral);
  const district = await findDistrictById(trx, question.districtId);
  const referrer = await findUserById(trx, referral.referredBy);
  if (to.length === 0 || district === undefined) return;
  const t = translatorFor('nl');
  const view = receiverView(await consentsOf(trx, question.id), question, referral, ctx.now);
  const params = {
    contact: referral.contactName,
    referrer: referrer?.name ?? '',
    district: district.name,
    reference: question.reference,
    summary: referral.summary,
    urgency: t(`questions.urgency.${question.urgency}`),
    personal: personalBlock(t, view, { name: referrer?.name ?? '', email: referrer?.email ?? '' }),
    link: linkFor(ctx, `/${district.slug}/doorverwijzingen/${referral.id}`),
  };
  if (view.travel.personal) await auditMailed(trx, ctx, question, referral);
  const mail = { subject: t(`questions.mail.${kind}.subject`, params), text: t(`questions.mail.${kind}.body`, params) };
  await queueMail(trx, ctx, { to: to.join(', '), ...mail, districtId: question.districtId });
}

/** Tells the coordinator who referred that the referral came back or is overdue. */
export async function mailReferrer(
  trx: DbOrTx,
  ctx: ActionContext,
  question: Question,
  referral: Referral,
  kind: 'declined' | 'overdue',
): Promise<void> {
  const referrer = await findUserById(trx, referral.referredBy);
  const district = await findDistrictById(trx, question.districtId);
  if (referrer === undefined || district === undefined) return;
  const t = translatorFor('nl');
  const params = {
    name: referrer.name,
    contact: referral.contactName,
    organization: referral.organizationName,
    reference: question.reference,
    reason: referral.declineReason ?? '',
    link: linkFor(ctx, `/${district.slug}/vragen/${question.id}`),
  };
  const mail = { subject: t(`questions.mail.${kind}.subject`, params), text: t(`questions.mail.${kind}.body`, params) };
  await queueMail(trx, ctx, { to: referrer.email, ...mail, districtId: question.districtId });
}
