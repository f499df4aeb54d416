import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { indicatorForm, indicatorParams, indicatorsResponse, processFiguresResponse, targetForm, valueForm } from './monitoring.schema.ts';
import {
  addIndicator,
  addValue,
  collectProcessFigures,
  indicatorsWithTrend,
  setTarget,
  type IndicatorWithTrend,
} from './monitoring.service.ts';
import { apiRefusal, districtOf, requirePact } from './pact.http.ts';
import { districtParams, idResponse, yearQuery } from './partners.schema.ts';

const tag = 'monitoring';
const path = '/api/v1/districts/{district}/monitoring';

function json({ indicator, trend }: IndicatorWithTrend) {
  return { ...indicator, trend: { status: trend.status, change: trend.change, projected: trend.projected } };
}

async function indicatorOf(deps: AppDeps, request: FastifyRequest, id: string): Promise<IndicatorWithTrend> {
  const [item] = await indicatorsWithTrend(deps, districtOf(request).id, id);
  if (item === undefined) throw new HttpProblem(404);
  return item;
}

export function monitoringApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/indicators`,
      summary: 'Indicators with values per year, target and trend against target',
      tag,
      params: districtParams,
      response: indicatorsResponse,
    },
    async (_i, request) => (await indicatorsWithTrend(deps, districtOf(request).id)).map(json),
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/indicators`,
      summary: 'Add an indicator',
      tag,
      params: districtParams,
      body: indicatorForm,
      response: idResponse,
      preHandler: [requirePact('coordinate')],
    },
    async ({ body }, request) => ({
      id: await addIndicator(deps, districtOf(request), body),
    }),
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/indicators/{indicator}/values`,
      summary: "Record a year's value (not for a year still to come)",
      tag,
      params: indicatorParams,
      body: valueForm,
      response: idResponse,
      preHandler: [requirePact('coordinate')],
    },
    async ({ params, body }, request, reply) => {
      const outcome = await addValue(deps, (await indicatorOf(deps, request, params.indicator)).indicator.id, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors);
    },
  );
  apiRoute(
    app,
    {
      method: 'put',
      path: `${path}/indicators/{indicator}/target`,
      summary: 'Set the target (value and year; a year in the past is refused)',
      tag,
      params: indicatorParams,
      body: targetForm,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ params, body }, request, reply) => {
      const outcome = await setTarget(deps, (await indicatorOf(deps, request, params.indicator)).indicator.id, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors);
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/process-figures`,
      summary: 'Process figures computed live by every feature for the district and year',
      tag,
      params: districtParams,
      query: yearQuery,
      response: processFiguresResponse,
    },
    async ({ query }, request) => {
      const year = query.year ?? deps.clock.now().getUTCFullYear();
      const { figures, missing } = await collectProcessFigures(app, deps, districtOf(request).id, year);
      return { year, figures: figures.map((f) => ({ ...f, label: request.t(f.label) })), notYetAvailable: missing };
    },
  );
}
