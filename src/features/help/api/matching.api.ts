import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, requireRight } from '../../../platform/http/guards.ts';
import { coordinatedRequest } from '../desk/desk.access.ts';
import { rulesForRequest } from '../house-rules/rules.access.ts';
import { rankedCandidatesFor } from '../matching/candidates.repository.ts';
import { reasonText } from '../matching/candidates.views.tsx';
import { proposeVolunteer } from '../proposals/proposal.actions.ts';
import { sendRule } from './api.refusal.ts';
import { candidatesResponse, proposeBody, proposedResponse, requestParams } from './api.schema.ts';

const tag = 'help';
const coordinator = [requireRight('help.desk')];

/** The JSON API for matching: the ranked candidates for a request, and a proposal to one of them. */
export function matchingApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/requests/{id}/candidates',
      summary: 'Volunteers ranked for a request, with their reasons',
      tag,
      params: requestParams,
      response: candidatesResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const r = await coordinatedRequest(db, request, input.params.id);
      const ranked = await rankedCandidatesFor(db, await rulesForRequest(db, r), r, deps.clock.now());
      return ranked.map((c) => ({
        volunteerId: c.volunteerId,
        name: c.name,
        proximity: c.proximity,
        score: c.score,
        reasons: c.reasons.map((x) => reasonText(request.t, x)),
      }));
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/help/requests/{id}/proposals',
      summary: 'Propose a volunteer; they get an e-mail to accept or decline',
      tag,
      params: requestParams,
      body: proposeBody,
      response: proposedResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const r = await coordinatedRequest(db, request, input.params.id);
      const rules = await rulesForRequest(db, r);
      const outcome = await proposeVolunteer(actionContext(request, deps), districtOf(request), r, rules, input.body.volunteerId);
      if (!outcome.ok) return sendRule(request, reply, outcome);
      return { id: r.id, status: outcome.value.request.status, expiresAt: outcome.value.expiresAt.toISOString() };
    },
  );
}
