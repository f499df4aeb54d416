import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { overRateLimit } from '../../platform/http/rate-limited.ts';
import { factsFor, jointMeetingsHeld, partnerYearFacts } from './commitments.repository.ts';
import { accessOf, apiRefusal, districtOf, requirePact } from './pact.http.ts';
import { commitmentsOf, findPartner, listPartners, pendingJoinRequests, saveCommitment } from './partners.repository.ts';
import { JOIN_LIMIT } from './partners.routes.tsx';
import { commitmentEvidence, commitmentLetters } from './partners.rules.ts';
import {
  commitmentBody,
  commitmentsResponse,
  decisionForm,
  districtParams,
  idResponse,
  joinForm,
  joinRequestsResponse,
  partnerParams,
  partnersResponse,
  requestParams,
  yearQuery,
} from './partners.schema.ts';
import { auditContactRead, decideJoin, submitJoinRequest } from './partners.service.ts';

const tag = 'pact: partners';
const path = '/api/v1/districts/{district}/pact';

export function partnersApi(app: FastifyInstance, deps: AppDeps): void {
  joinRequestsApi(app, deps);
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/partners`,
      summary: 'Partners of the district pact (contact persons for members only)',
      tag,
      params: districtParams,
      response: partnersResponse,
    },
    async (_input, request) => {
      const district = districtOf(request);
      const access = accessOf(request);
      if (access.work) await auditContactRead(deps, request, district, 'all');
      return (await listPartners(db, district.id)).map(({ id, organizationId, name, signedOn, role, contact }) => ({
        id,
        organizationId,
        name,
        signedOn,
        role,
        ...(access.work ? { contact } : {}),
      }));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/partners/{partner}/commitments`,
      summary: "A partner's commitments (a–e) in a year, with what the system shows",
      tag,
      params: partnerParams,
      query: yearQuery,
      response: commitmentsResponse,
    },
    async ({ query }, request) => {
      const district = districtOf(request);
      const partner = await findPartner(db, district.id, (request.params as { partner: string }).partner);
      if (partner === undefined) throw new HttpProblem(404);
      const year = query.year ?? deps.clock.now().getUTCFullYear();
      const facts = factsFor(await partnerYearFacts(db, district.id, year), partner.id, await jointMeetingsHeld(db, district.id, year));
      const evidence = commitmentEvidence({ hasContact: partner.contact !== null, ...facts });
      const saved = await commitmentsOf(db, [partner.id], year);
      return {
        partner: partner.id,
        year,
        commitments: commitmentLetters.map((letter) => {
          const c = saved.find((s) => s.letter === letter);
          return { letter, status: c?.status ?? 'open', note: c?.note ?? '', evidence: evidence[letter] };
        }),
      };
    },
  );

  apiRoute(
    app,
    {
      method: 'put',
      path: `${path}/partners/{partner}/commitments`,
      summary: 'Record whether a commitment was met in a year (steering group)',
      tag,
      params: partnerParams,
      body: commitmentBody,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ body }, request) => {
      const partner = await findPartner(db, districtOf(request).id, (request.params as { partner: string }).partner);
      if (partner === undefined) throw new HttpProblem(404);
      await saveCommitment(db, { partnerId: partner.id, ...body, at: deps.clock.now().toISOString(), by: request.user?.id ?? null });
      return { id: partner.id };
    },
  );
}

function joinRequestsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/join-requests`,
      summary: 'Ask to join the pact as a new partner',
      tag,
      params: districtParams,
      body: joinForm,
      response: idResponse,
    },
    async ({ body }, request, reply) => {
      if (await overRateLimit(db, reply, [[`pact.join:${request.ip}`, JOIN_LIMIT]], deps.clock.now())) throw new HttpProblem(429);
      return { id: await submitJoinRequest(deps, districtOf(request), body) };
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/join-requests`,
      summary: 'Join requests waiting for the steering group',
      tag,
      params: districtParams,
      response: joinRequestsResponse,
      preHandler: [requirePact('steer')],
    },
    async (_input, request) => pendingJoinRequests(db, districtOf(request).id),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/join-requests/{request}/decision`,
      summary: 'Approve or decline a join request (steering group)',
      tag,
      params: requestParams,
      body: decisionForm,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ body }, request, reply) => {
      const outcome = await decideJoin(deps, request, districtOf(request), (request.params as { request: string }).request, body);
      if (!outcome.ok) return apiRefusal(request, reply, outcome.errors, outcome.status);
      return { id: outcome.value ?? (request.params as { request: string }).request };
    },
  );
}
