import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { requireUser } from '../../platform/http/guards.ts';
import { actionContext } from './actions.shared.ts';
import { districtParams, inboxResponse, okResponse, receiverResponse, referralParams } from './api.schema.ts';
import { shareable } from './consent.rules.ts';
import { personOf } from './questions.mail.ts';
import { referralJson } from './questions.api.ts';
import { isOverdue } from './questions.rules.ts';
import { closeForm, declineForm } from './questions.schema.ts';
import { acceptReferral, closeReferral, declineReferral } from './referral.actions.ts';
import { inboxFor, receiverTravel, referralForReceiver } from './referral.routes.tsx';

/** The receiving professional's side of a referral; personal data only as the consent rule allows now. */
export function referralsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const signedIn = [requireUser];
  const tag = 'referrals';

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/referrals',
      summary: 'Referrals addressed to me',
      tag,
      params: districtParams,
      response: inboxResponse,
      preHandler: signedIn,
    },
    async (_input, request) => {
      const { items } = await inboxFor(db, request);
      const now = deps.clock.now();
      return items.map((r) => ({
        id: r.id,
        reference: r.reference,
        urgency: r.urgency,
        buurt: r.buurtName,
        status: r.status,
        createdAt: r.createdAt,
        late: r.status === 'pending' && isOverdue(r.dueAt, now),
      }));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/referrals/{id}',
      summary: 'One referral, with what the consent allows (audited when personal)',
      tag,
      params: referralParams,
      response: receiverResponse,
      preHandler: signedIn,
    },
    async (_input, request) => {
      const { referral: r, question } = await referralForReceiver(db, request);
      const travel = await receiverTravel(request, deps, { referral: r, question });
      return {
        ...referralJson(r, travel),
        reference: question.reference,
        urgency: question.urgency,
        resident: shareable(personOf(question), travel),
      };
    },
  );

  referralStepsApi(app, deps);
}

/** Accept, decline with a reason, close with an outcome: the same actions as the pages. */
function referralStepsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const signedIn = [requireUser];
  const tag = 'referrals';

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/referrals/{id}/accept',
      summary: 'Accept: take ownership',
      tag,
      params: referralParams,
      response: okResponse,
      preHandler: signedIn,
    },
    async (_input, request) => {
      const { referral, question } = await referralForReceiver(db, request);
      await acceptReferral(actionContext(request, deps), question, referral);
      return { ok: true as const };
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/referrals/{id}/decline',
      summary: 'Decline with a reason; the question returns to triage',
      tag,
      params: referralParams,
      body: declineForm,
      response: okResponse,
      preHandler: signedIn,
    },
    async (input, request) => {
      const { referral, question } = await referralForReceiver(db, request);
      await declineReferral(actionContext(request, deps), question, referral, input.body.reason);
      return { ok: true as const };
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/referrals/{id}/close',
      summary: 'Close with an outcome',
      tag,
      params: referralParams,
      body: closeForm,
      response: okResponse,
      preHandler: signedIn,
    },
    async (input, request) => {
      const { referral, question } = await referralForReceiver(db, request);
      await closeReferral(actionContext(request, deps), question, referral, input.body.outcome);
      return { ok: true as const };
    },
  );
}
