import { queueMailNow } from '../../platform/actions/action.ts';
import { findUserById } from '../../platform/auth/auth.repository.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { findDistrictById } from '../../platform/geography/geography.repository.ts';
import type { MessageParams, Translate } from '../../platform/i18n/i18n.ts';
import { statusUrl, type ActionContext } from './actions.shared.ts';
import { shareable, whatMayTravel, type PersonalData, type Travel } from './consent.rules.ts';
import { consentsOf } from './consents.repository.ts';
import { translatorFor } from './questions.i18n.ts';
import type { Question } from './questions.repository.ts';
import { isActiveReferral } from './questions.rules.ts';
import { contactUserOf, receiverAddresses, type Referral } from './referrals.repository.ts';

/** A sentence of news for the resident: a catalog key and its parameters. */
export interface News {
  key: string;
  params?: MessageParams;
}

async function districtName(db: DbOrTx, districtId: string): Promise<string> {
  return (await findDistrictById(db, districtId))?.name ?? '';
}

/** Mails the resident (when they gave an address) what happened, with a fresh status link. */
export async function mailResident(ctx: ActionContext, question: Question, token: string | null, news: News): Promise<void> {
  if (token === null || question.email === null) return;
  const t = translatorFor(question.lang);
  const district = await districtName(ctx.deps.database.db, question.districtId);
  const kind = news.key === 'questions.news.asked' ? 'asked' : 'update';
  await queueMailNow(ctx.deps, {
    to: question.email,
    subject: t(`questions.mail.${kind}.subject`, { reference: question.reference }),
    text: t(`questions.mail.${kind}.body`, {
      name: question.requesterName ?? '',
      news: t(news.key, news.params),
      reference: question.reference,
      link: statusUrl(ctx.deps, token),
      district,
    }),
  });
}

export function personOf(question: Question): PersonalData {
  return { name: question.requesterName, phone: question.phone, email: question.email, address: question.street, question: question.text };
}

/** The lines with personal data a receiver may read; or how to reach the resident without it. */
function personalBlock(t: Translate, question: Question, travel: Travel, referrer: { name: string; email: string }): string {
  if (!travel.personal) return t('questions.mail.referral.noConsent', { referrer: referrer.name, email: referrer.email });
  const shared = shareable(personOf(question), travel);
  const lines = (['name', 'phone', 'email', 'address', 'question'] as const)
    .filter((item) => shared[item] !== null)
    .map((item) => `${t(`questions.item.${item}`)}: ${shared[item] ?? ''}`);
  return [t('questions.mail.referral.withConsent'), ...lines].join('\n');
}

/** Personal data sent by e-mail counts as read by the receiver: the resident sees it under inzage. */
async function auditMailed(ctx: ActionContext, question: Question, referral: Referral): Promise<void> {
  await recordAudit(ctx.deps.database.db, {
    at: ctx.deps.clock.now().toISOString(),
    actorUserId: await contactUserOf(ctx.deps.database.db, referral.contactId),
    action: 'questions.personal_data.mailed',
    subjectType: 'question',
    subjectId: question.id,
    districtId: question.districtId,
    details: { role: 'receiver', organization: referral.organizationName, contact: referral.contactName },
    requestId: ctx.requestId,
  });
}

/** The new-referral mail and its reminders to the receiver; personal data only as consent allows now. */
export async function mailReceiver(
  ctx: ActionContext,
  question: Question,
  referral: Referral,
  kind: 'referral' | 'reminder',
): Promise<void> {
  const db = ctx.deps.database.db;
  const to = await receiverAddresses(db, referral);
  const district = await findDistrictById(db, question.districtId);
  const referrer = await findUserById(db, referral.referredBy);
  if (to.length === 0 || district === undefined) return;
  const t = translatorFor('nl');
  const travel = whatMayTravel(await consentsOf(db, question.id), {
    recipient: { kind: 'organization', organizationId: referral.organizationId },
    now: ctx.deps.clock.now(),
    active: isActiveReferral(referral.status),
  });
  const params = {
    contact: referral.contactName,
    referrer: referrer?.name ?? '',
    district: district.name,
    reference: question.reference,
    summary: referral.summary,
    urgency: t(`questions.urgency.${question.urgency}`),
    personal: personalBlock(t, question, travel, { name: referrer?.name ?? '', email: referrer?.email ?? '' }),
    link: new URL(`/${district.slug}/doorverwijzingen/${referral.id}`, ctx.deps.config.baseUrl).href,
  };
  if (travel.personal) await auditMailed(ctx, question, referral);
  await queueMailNow(ctx.deps, {
    to: to.join(', '),
    subject: t(`questions.mail.${kind}.subject`, params),
    text: t(`questions.mail.${kind}.body`, params),
  });
}

/** Tells the coordinator who referred that the referral came back or is overdue. */
export async function mailReferrer(
  ctx: ActionContext,
  question: Question,
  referral: Referral,
  kind: 'declined' | 'overdue',
): Promise<void> {
  const db = ctx.deps.database.db;
  const referrer = await findUserById(db, referral.referredBy);
  const district = await findDistrictById(db, question.districtId);
  if (referrer === undefined || district === undefined) return;
  const t = translatorFor('nl');
  const params = {
    name: referrer.name,
    contact: referral.contactName,
    organization: referral.organizationName,
    reference: question.reference,
    reason: referral.declineReason ?? '',
    link: new URL(`/${district.slug}/vragen/${question.id}`, ctx.deps.config.baseUrl).href,
  };
  await queueMailNow(ctx.deps, {
    to: referrer.email,
    subject: t(`questions.mail.${kind}.subject`, params),
    text: t(`questions.mail.${kind}.body`, params),
  });
}
