import type { FastifyRequest } from 'fastify';
import type { ActionContext } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem, userOf } from '../../../platform/http/guards.ts';
import { contactIdsOfUser } from '../../guide/index.ts';
import { consentsOf } from '../consent/consents.repository.ts';
import { receiverView, type ReceiverView } from '../consent/receiver-view.ts';
import { isReceiver, organizationsActedFor } from '../question/access.rules.ts';
import { findQuestion, type Question } from '../question/question.repository.ts';
import { auditPersonalDataRead } from '../question/question.steps.ts';
import { contactUserOf } from './partner-contacts.ts';
import { findReferral, inboxOf, type InboxItem, type Referral } from './referrals.repository.ts';

const uuid = /^[0-9a-f-]{36}$/;

/** A referral as its receiver works on it: with its question and district. */
export interface ReceiverSubject {
  district: District;
  referral: Referral;
  question: Question;
}

/** The referral of the URL, for its receiver only; anyone else gets a 404, so ids tell nothing. */
export async function referralForReceiver(db: DbOrTx, request: FastifyRequest): Promise<ReceiverSubject> {
  const district = districtOf(request);
  const id = (request.params as { id?: string }).id ?? '';
  const referral = uuid.test(id) ? await findReferral(db, id) : undefined;
  const contactUser = referral && (await contactUserOf(db, referral.contactId));
  const user = request.user;
  if (referral?.districtId !== district.id || user === null || !isReceiver(user, referral, contactUser ?? null)) throw new HttpProblem(404);
  const question = await findQuestion(db, referral.questionId);
  if (question === undefined) throw new HttpProblem(404);
  return { district, referral, question };
}

/** Referrals addressed to the signed-in person in the district of the URL. */
export async function inboxFor(db: DbOrTx, request: FastifyRequest): Promise<{ district: District; items: InboxItem[] }> {
  const district = districtOf(request);
  const user = userOf(request);
  const items = await inboxOf(db, {
    districtId: district.id,
    contactIds: await contactIdsOfUser(db, user.id),
    organizationIds: organizationsActedFor(user.roles, district.id),
  });
  return { district, items };
}

/** What the receiver sees of the resident, read fresh every time; audited when it is personal data. */
export async function readAsReceiver(ctx: ActionContext, s: Pick<ReceiverSubject, 'referral' | 'question'>): Promise<ReceiverView> {
  const { db } = ctx.deps.database;
  const view = receiverView(await consentsOf(db, s.question.id), s.question, s.referral, ctx.now);
  if (view.travel.personal)
    await auditPersonalDataRead(db, ctx, s.question, { role: 'receiver', organization: s.referral.organizationName });
  return view;
}
