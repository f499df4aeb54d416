import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { decideJoin, joinRequestsSeenBy, submitJoinRequest } from './join.actions.ts';
import { joinLimited } from './join.routes.tsx';
import { decisionForm, joinForm, joinRequestsResponse, requestParams } from './partners.schema.ts';

const tag = 'pact: partners';
const path = '/api/v1/districts/{district}/pact/join-requests';

export function joinApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'post',
      path,
      summary: 'Ask to join the pact as a new partner',
      tag,
      params: districtParams,
      body: joinForm,
      response: idResponse,
    },
    async ({ body }, request, reply) => {
      if (await joinLimited(deps, request, reply)) throw new HttpProblem(429);
      return answered(request, reply, await submitJoinRequest(actionContext(request, deps), districtOf(request), body), asId);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Join requests waiting for the steering group',
      tag,
      params: districtParams,
      response: joinRequestsResponse,
      preHandler: [requirePact('steer')],
    },
    async (_input, request) => joinRequestsSeenBy(actionContext(request, deps), districtOf(request)),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/{request}/decision`,
      summary: 'Approve or decline a join request (steering group)',
      tag,
      params: requestParams,
      body: decisionForm,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ params, body }, request, reply) => {
      return answered(
        request,
        reply,
        await decideJoin(actionContext(request, deps), request.t, districtOf(request), params.request, body),
        (partnerId) => asId(partnerId ?? params.request),
      );
    },
  );
}
