import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { answered, asId, idResponse, yearQuery } from '../shared/pact.schema.ts';
import { commitmentYear, partnersSeenBy, saveCommitments } from './partners.actions.ts';
import { findPartner, type Partner } from './partners.repository.ts';
import { commitmentLetters } from './partners.rules.ts';
import { commitmentBody, commitmentsResponse, partnerParams, partnersResponse } from './partners.schema.ts';

const tag = 'pact: partners';
const path = '/api/v1/districts/{district}/pact';

export function partnersApi(app: FastifyInstance, deps: AppDeps): void {
  async function partnerOf(request: FastifyRequest, id: string): Promise<Partner> {
    const partner = await findPartner(deps.database.db, districtOf(request).id, id);
    if (partner === undefined) throw new HttpProblem(404);
    return partner;
  }

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
      const access = accessOf(request);
      const partners = await partnersSeenBy(actionContext(request, deps), districtOf(request), access);
      return partners.map(({ id, organizationId, name, signedOn, role, contact }) => ({
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
    async ({ params, query }, request) => {
      const ctx = actionContext(request, deps);
      const partner = await partnerOf(request, params.partner);
      const year = query.year ?? ctx.now.getUTCFullYear();
      const { commitments, evidence } = await commitmentYear(ctx, districtOf(request), partner, year);
      return {
        partner: partner.id,
        year,
        commitments: commitmentLetters.map((letter) => {
          const c = commitments.find((s) => s.letter === letter);
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
    async ({ params, body }, request, reply) => {
      const partner = await partnerOf(request, params.partner);
      const { year, ...commitment } = body;
      const outcome = await saveCommitments(actionContext(request, deps), partner.id, year, [commitment]);
      return answered(request, reply, outcome, () => asId(partner.id));
    },
  );
}
