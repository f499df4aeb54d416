import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findUserById } from '../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { HttpProblem, requireUser } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/layout/render.ts';
import { isReceiver, organizationsActedFor } from './access.rules.ts';
import { actionContext, auditPersonalDataRead } from './actions.shared.ts';
import { districtOf } from './ask.routes.tsx';
import { shareable, whatMayTravel, type Travel } from './consent.rules.ts';
import { consentsOf } from './consents.repository.ts';
import { personOf } from './questions.mail.ts';
import { consentsWithNames } from './question.data.ts';
import { buurtNameOf, findQuestion, type Question } from './questions.repository.ts';
import { isActiveReferral } from './questions.rules.ts';
import { acceptReferral } from './referral.actions.ts';
import { contactUserOf, findReferral, inboxOf, type InboxItem, type Referral } from './referrals.repository.ts';
import { inboxPage, referralPage } from './referral.views.tsx';

const uuid = /^[0-9a-f-]{36}$/;

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
  const user = request.user;
  if (user === null) throw new HttpProblem(401);
  const items = await inboxOf(db, {
    districtId: district.id,
    userId: user.id,
    organizationIds: organizationsActedFor(user.roles, district.id),
  });
  return { district, items };
}

/** What the receiver may see of the resident now (the one consent rule), audited when it is personal data. */
export async function receiverTravel(
  request: FastifyRequest,
  deps: AppDeps,
  s: Pick<ReceiverSubject, 'referral' | 'question'>,
): Promise<Travel> {
  const { db } = deps.database;
  const travel = whatMayTravel(await consentsOf(db, s.question.id), {
    recipient: { kind: 'organization', organizationId: s.referral.organizationId },
    now: deps.clock.now(),
    active: isActiveReferral(s.referral.status),
  });
  if (travel.personal)
    await auditPersonalDataRead(db, actionContext(request, deps), s.question, {
      role: 'receiver',
      organization: s.referral.organizationName,
    });
  return travel;
}

const notices = new Set(['aangenomen', 'afgewezen', 'afgesloten', 'opgeschaald', 'afgeschaald', 'toestemming']);

export function referralRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const signedIn = { preHandler: requireUser };

  app.get('/:district/doorverwijzingen', signedIn, async (request, reply) => {
    const { district, items } = await inboxFor(db, request);
    return sendPage(request, reply, (ctx) => inboxPage(ctx, { district, items, now: deps.clock.now() }));
  });

  /** What the receiver may see of the resident follows from the one consent rule, read fresh every time. */
  async function show(request: FastifyRequest<{ Querystring: { melding?: string } }>, reply: FastifyReply) {
    const { district, referral, question } = await referralForReceiver(db, request);
    const now = deps.clock.now();
    const travel = await receiverTravel(request, deps, { referral, question });
    const referrer = await findUserById(db, referral.referredBy);
    const consents = (await consentsWithNames(db, question, request.t)).filter((c) => c.organizationIds.includes(referral.organizationId));
    const melding = request.query.melding;
    const data = {
      district,
      referral,
      question,
      buurtName: await buurtNameOf(db, question.buurtId),
      travel,
      shared: shareable(personOf(question), travel),
      referrer: { name: referrer?.name ?? '', email: referrer?.email ?? '' },
      consents,
      notice: melding !== undefined && notices.has(melding) ? request.t(`questions.notice.receiver.${melding}`) : undefined,
      now,
    };
    return sendPage(request, reply, (ctx) => referralPage(ctx, data));
  }

  app.get<{ Querystring: { melding?: string } }>('/:district/doorverwijzingen/:id', signedIn, show);

  app.post('/:district/doorverwijzingen/:id/aannemen', signedIn, async (request, reply) => {
    const { district, referral, question } = await referralForReceiver(db, request);
    await acceptReferral(actionContext(request, deps), question, referral);
    return reply.redirect(`/${district.slug}/doorverwijzingen/${referral.id}?melding=aangenomen`, 303);
  });
}
