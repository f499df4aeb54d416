import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { noticeOf, requireUser } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { consentsWithNames } from '../consent/recipients.ts';
import { buurtNameOf } from '../question/question.repository.ts';
import { settle } from '../ui/settle.ts';
import { inboxPage } from './inbox.views.tsx';
import { inboxFor, readAsReceiver, referralForReceiver } from './receiver.ts';
import { acceptReferral } from './referral.actions.ts';
import { referralPage } from './referral.views.tsx';

const notices = ['aangenomen', 'afgewezen', 'afgesloten', 'opgeschaald', 'afgeschaald', 'toestemming'];

/** The receiver's inbox and one referral; what they may see of the resident follows from the one consent rule. */
export function referralRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const signedIn = { preHandler: requireUser };

  app.get('/:district/doorverwijzingen', signedIn, async (request, reply) => {
    const { district, items } = await inboxFor(db, request);
    return sendPage(request, reply, (ctx) => inboxPage(ctx, { district, items, now: deps.clock.now() }));
  });

  app.get('/:district/doorverwijzingen/:id', signedIn, async (request, reply) => {
    const { district, referral, question } = await referralForReceiver(db, request);
    const ctx = actionContext(request, deps);
    const view = await readAsReceiver(ctx, { referral, question });
    const referrer = await findUserById(db, referral.referredBy);
    const consents = (await consentsWithNames(db, question, request.t)).filter((c) => c.organizationIds.includes(referral.organizationId));
    const data = {
      district,
      referral,
      question,
      buurtName: await buurtNameOf(db, question.buurtId),
      view,
      referrer: { name: referrer?.name ?? '', email: referrer?.email ?? '' },
      consents,
      notice: noticeOf(request, 'questions.notice.receiver', notices),
      now: ctx.now,
    };
    return sendPage(request, reply, (page) => referralPage(page, data));
  });

  app.post('/:district/doorverwijzingen/:id/aannemen', signedIn, async (request, reply) => {
    const { district, referral, question } = await referralForReceiver(db, request);
    settle(await acceptReferral(actionContext(request, deps), question, referral));
    return reply.redirect(`/${district.slug}/doorverwijzingen/${referral.id}?melding=aangenomen`, 303);
  });
}
