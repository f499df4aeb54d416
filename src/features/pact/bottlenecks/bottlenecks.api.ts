import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { raiseBottleneck, takeStep } from './bottlenecks.actions.ts';
import { eventsOf, findBottleneck, listBottlenecks, type Bottleneck } from './bottlenecks.repository.ts';
import { aged } from './bottlenecks.routes.tsx';
import { bottleneckParams, bottleneckResponse, bottlenecksResponse, raiseForm, stepForm } from './bottlenecks.schema.ts';

const tag = 'pact: bottlenecks';
const path = '/api/v1/districts/{district}/pact/bottlenecks';

function json({ bottleneck: b, age }: { bottleneck: Bottleneck; age: number }) {
  return {
    id: b.id,
    title: b.title,
    description: b.description,
    raisedBy: b.raisedByName,
    partner: b.partnerName,
    status: b.status,
    raisedAt: b.raisedAt,
    escalatedAt: b.escalatedAt,
    resolvedAt: b.resolvedAt,
    resolution: b.resolution,
    ageInDays: age,
  };
}

export function bottlenecksApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const work = [requirePact('work')];
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Bottlenecks of the district with their age',
      tag,
      params: districtParams,
      response: bottlenecksResponse,
      preHandler: work,
    },
    async (_i, request) => (await listBottlenecks(db, districtOf(request).id)).map((b) => json(aged(b, deps.clock.now()))),
  );
  apiRoute(
    app,
    {
      method: 'post',
      path,
      summary: 'Raise a bottleneck (partners and the coordinator)',
      tag,
      params: districtParams,
      body: raiseForm,
      response: idResponse,
      preHandler: [requirePact('raise')],
    },
    async ({ body }, request, reply) => {
      return answered(
        request,
        reply,
        await raiseBottleneck(actionContext(request, deps), districtOf(request), accessOf(request), body),
        asId,
      );
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/{bottleneck}`,
      summary: 'One bottleneck and its history',
      tag,
      params: bottleneckParams,
      response: bottleneckResponse,
      preHandler: work,
    },
    async ({ params }, request) => {
      const b = await findBottleneck(db, districtOf(request).id, params.bottleneck);
      if (b === undefined) throw new HttpProblem(404);
      const history = (await eventsOf(db, b.id)).map((e) => ({ at: e.at, by: e.actorName, action: e.action, note: e.note }));
      return { ...json(aged(b, deps.clock.now())), history };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/{bottleneck}/steps`,
      summary: 'Take up, escalate to the steering group, or resolve',
      tag,
      params: bottleneckParams,
      body: stepForm,
      response: idResponse,
      preHandler: work,
    },
    async ({ params, body }, request, reply) => {
      return answered(
        request,
        reply,
        await takeStep(actionContext(request, deps), request.t, districtOf(request), params.bottleneck, accessOf(request), body),
        asId,
      );
    },
  );
}
