import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { requireUser } from '../../../platform/http/guards.ts';
import { isOverdue } from '../question/question.rules.ts';
import { inboxFor, readAsReceiver, referralForReceiver } from '../referrals/receiver.ts';
import { acceptReferral, closeReferral, declineReferral } from '../referrals/referral.actions.ts';
import { closeForm, declineForm } from '../referrals/referrals.schema.ts';
import { answerOf } from './api.outcome.ts';
import { referralJson } from './api.json.ts';
import { inboxResponse, okResponse, receiverResponse, referralParams } from './api.schema.ts';

const tag = 'referrals';
const signedIn = [requireUser];

/** The receiving professional's side of a referral; personal data only as the consent rule allows now. */
export function referralsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
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
      const { referral, question } = await referralForReceiver(db, request);
      const view = await readAsReceiver(actionContext(request, deps), { referral, question });
      return { ...referralJson(referral, view.travel), reference: question.reference, urgency: question.urgency, resident: view.resident };
    },
  );

  referralStepsApi(app, deps);
}

/** Accept, decline with a reason, close with an outcome: the same actions as the pages. */
function referralStepsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
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
    async (_input, request, reply) => {
      const { referral, question } = await referralForReceiver(db, request);
      return answerOf(request, reply, await acceptReferral(actionContext(request, deps), question, referral), () => ({
        ok: true as const,
      }));
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
    async (input, request, reply) => {
      const { referral, question } = await referralForReceiver(db, request);
      const outcome = await declineReferral(actionContext(request, deps), question, referral, input.body.reason);
      return answerOf(request, reply, outcome, () => ({ ok: true as const }));
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
    async (input, request, reply) => {
      const { referral, question } = await referralForReceiver(db, request);
      const outcome = await closeReferral(actionContext(request, deps), question, referral, input.body.outcome);
      return answerOf(request, reply, outcome, () => ({ ok: true as const }));
    },
  );
}
