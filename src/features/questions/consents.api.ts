import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { actionContext } from './actions.shared.ts';
import {
  consentParams,
  consentResponse,
  createdResponse,
  districtParams,
  figuresQuery,
  figuresResponse,
  okResponse,
  questionParams,
} from './api.schema.ts';
import { districtOf } from './ask.routes.tsx';
import { recordConsent } from './consent.actions.ts';
import { consentsOf, findConsent } from './consents.repository.ts';
import { processFigures } from './figures.repository.ts';
import { questionForCoordinator } from './question.data.ts';
import { consentJson, fieldProblem } from './questions.api.ts';
import { consentForm } from './questions.schema.ts';
import { withdrawConsentFor } from './resident.actions.ts';

/** Consents of a question, and the monitoring figures, for coordinators (and the steering group for figures). */
export function consentsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = [requireRole('coordinator')];
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
      const result = await recordConsent(actionContext(request, deps), question, input.body);
      return result.ok ? { id: result.consentId } : fieldProblem(request, reply, result.errors);
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
    async (input, request) => {
      const { question } = await questionForCoordinator(db, request);
      const consent = await findConsent(db, input.params.consentId);
      if (consent?.questionId !== question.id) throw new HttpProblem(404);
      await withdrawConsentFor(actionContext(request, deps), question, consent, request.user?.id ?? 'resident');
      return { ok: true as const };
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
