import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse, yearQuery } from '../shared/pact.schema.ts';
import {
  addIndicator,
  addValue,
  collectProcessFigures,
  indicatorsWithTrend,
  setTarget,
  type IndicatorWithTrend,
} from './monitoring.actions.ts';
import { indicatorForm, indicatorParams, indicatorsResponse, processFiguresResponse, targetForm, valueForm } from './monitoring.schema.ts';

const tag = 'monitoring';
const path = '/api/v1/districts/{district}/monitoring';

function json({ indicator, trend }: IndicatorWithTrend) {
  return { ...indicator, trend: { status: trend.status, change: trend.change, projected: trend.projected } };
}

export function monitoringApi(app: FastifyInstance, deps: AppDeps): void {
  async function indicatorOf(request: FastifyRequest, id: string): Promise<string> {
    const [item] = await indicatorsWithTrend(actionContext(request, deps), districtOf(request).id, id);
    if (item === undefined) throw new HttpProblem(404);
    return item.indicator.id;
  }

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
    async (_i, request) => (await indicatorsWithTrend(actionContext(request, deps), districtOf(request).id)).map(json),
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
    async ({ body }, request, reply) => {
      return answered(request, reply, await addIndicator(actionContext(request, deps), districtOf(request), body), asId);
    },
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
      return answered(
        request,
        reply,
        await addValue(actionContext(request, deps), await indicatorOf(request, params.indicator), body),
        asId,
      );
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
      return answered(
        request,
        reply,
        await setTarget(actionContext(request, deps), await indicatorOf(request, params.indicator), body),
        asId,
      );
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
      const ctx = actionContext(request, deps);
      const year = query.year ?? ctx.now.getUTCFullYear();
      const { figures, missing } = await collectProcessFigures(app, ctx, districtOf(request).id, year);
      return { year, figures: figures.map((f) => ({ ...f, label: request.t(f.label) })), notYetAvailable: missing };
    },
  );
}
