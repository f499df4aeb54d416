import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem, requireRight, requireRole } from '../../../platform/http/guards.ts';
import { recordConsent, withdrawConsentFor } from '../consent/consent.actions.ts';
import { consentForm } from '../consent/consent.schema.ts';
import { consentsOf, findConsent } from '../consent/consents.repository.ts';
import { processFigures } from '../figures/figures.repository.ts';
import { questionForCoordinator } from '../triage/coordinator.tsx';
import { answerOf } from './api.outcome.ts';
import { consentJson } from './api.json.ts';
import {
  consentParams,
  consentResponse,
  createdResponse,
  figuresQuery,
  figuresResponse,
  okResponse,
  questionParams,
} from './api.schema.ts';

/** Consents of a question, and the monitoring figures, for coordinators (and the steering group for figures). */
export function consentsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = [requireRight('questions.desk')];
  const tag = 'questions';
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/questions/{id}/consents',
      summary: "The resident's consents for this question",
      tag,
      params: questionParams,
      response: consentResponse.array(),
      preHandler: coordinator,
    },
    async (_input, request) => {
      const { question } = await questionForCoordinator(db, request);
      return (await consentsOf(db, question.id)).map(consentJson);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/questions/{id}/consents',
      summary: 'Record verbal consent, or ask the resident online',
      tag,
      params: questionParams,
      body: consentForm,
      response: createdResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const { question } = await questionForCoordinator(db, request);
      return answerOf(request, reply, await recordConsent(actionContext(request, deps), question, input.body), (id) => ({ id }));
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/questions/{id}/consents/{consentId}/withdraw',
      summary: 'Withdraw consent for the resident (e.g. asked by phone)',
      tag,
      params: consentParams,
      response: okResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const { question } = await questionForCoordinator(db, request);
      const consent = await findConsent(db, input.params.consentId);
      if (consent?.questionId !== question.id) throw new HttpProblem(404);
      const outcome = await withdrawConsentFor(actionContext(request, deps), question, consent, 'staff');
      return answerOf(request, reply, outcome, () => ({ ok: true as const }));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/question-figures',
      summary: 'Process figures per month: questions, ordinary life, first response, referrals',
      tag,
      params: districtParams,
      query: figuresQuery,
      response: figuresResponse,
      preHandler: [requireRole('coordinator', 'steering_member', 'administrator')],
    },
    async (input, request) =>
      processFigures(db, { districtId: districtOf(request).id, year: input.query.year ?? deps.clock.now().getUTCFullYear() }),
  );
}
