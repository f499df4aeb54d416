import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { eventsOf, findBottleneck, listBottlenecks, type Bottleneck } from './bottlenecks.repository.ts';
import { ageInDays, allowedActions } from './bottlenecks.rules.ts';
import { bottleneckParams, bottleneckResponse, bottlenecksResponse, raiseForm, stepForm } from './bottlenecks.schema.ts';
import { raiseBottleneck, takeStep } from './bottlenecks.service.ts';
import { bottleneckPage, bottlenecksPage } from './bottlenecks.views.tsx';
import { accessOf, apiRefusal, districtOf, noticeOf, requirePact } from './pact.http.ts';
import { districtParams, idResponse } from './partners.schema.ts';

type Req = FastifyRequest<{ Params: { district: string; bottleneck?: string }; Querystring: { melding?: string } }>;
const notices = ['knelpunt-gemeld', 'stap-gezet'];

export function bottlenecksRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const work = { preHandler: requirePact('work') };
  const raise = { preHandler: requirePact('raise') };
  const aged = (b: Bottleneck) => ({ bottleneck: b, age: ageInDays(b.raisedAt, deps.clock.now(), b.resolvedAt) });
  const url = (request: Req) => `/${districtOf(request).slug}/samenwerken/knelpunten`;

  async function renderList(request: Req, reply: FastifyReply, form: FormState, status = 200) {
    const items = (await listBottlenecks(db, districtOf(request).id)).map(aged);
    return sendPage(
      request,
      reply,
      (ctx) => bottlenecksPage(ctx, { items, access: accessOf(request), notice: noticeOf(request, notices) }, form),
      status,
    );
  }

  async function renderOne(request: Req, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const bottleneck = await findBottleneck(db, district.id, request.params.bottleneck ?? '');
    if (bottleneck === undefined) throw new HttpProblem(404);
    if (bottleneck.raisedByUserId !== request.user?.id) {
      await recordAudit(db, {
        at: deps.clock.now().toISOString(),
        actorUserId: request.user?.id ?? null,
        action: 'pact.bottleneck.read',
        subjectType: 'pact_bottleneck',
        subjectId: bottleneck.id,
        districtId: district.id,
        requestId: request.id,
      });
    }
    const data = {
      item: aged(bottleneck),
      events: await eventsOf(db, bottleneck.id),
      actions: allowedActions(bottleneck.status, accessOf(request)),
      notice: noticeOf(request, notices),
    };
    return sendPage(request, reply, (ctx) => bottleneckPage(ctx, data, form), status);
  }

  app.get('/:district/samenwerken/knelpunten', work, async (request: Req, reply) => renderList(request, reply, emptyForm));
  app.post('/:district/samenwerken/knelpunten', raise, async (request: Req, reply) => {
    const form = parseForm(raiseForm, request.body);
    if (!form.ok) return renderList(request, reply, form, 422);
    const id = await raiseBottleneck(deps, request, districtOf(request), form.data);
    return reply.redirect(`${url(request)}/${id}?melding=knelpunt-gemeld`, 303);
  });
  app.get('/:district/samenwerken/knelpunten/:bottleneck', work, async (request: Req, reply) => renderOne(request, reply, emptyForm));
  app.post('/:district/samenwerken/knelpunten/:bottleneck/stap', work, async (request: Req, reply) => {
    const form = parseForm(stepForm, request.body);
    if (!form.ok) return renderOne(request, reply, form, 422);
    const outcome = await takeStep(deps, request, districtOf(request), request.params.bottleneck ?? '', form.data);
    if (!outcome.ok) return renderOne(request, reply, { values: form.values, errors: outcome.errors }, outcome.status ?? 422);
    return reply.redirect(`${url(request)}/${outcome.value}?melding=stap-gezet`, 303);
  });
  bottlenecksApi(app, deps, aged);
}

function bottlenecksApi(app: FastifyInstance, deps: AppDeps, aged: (b: Bottleneck) => { bottleneck: Bottleneck; age: number }): void {
  const { db } = deps.database;
  const tag = 'pact: bottlenecks';
  const path = '/api/v1/districts/{district}/pact/bottlenecks';
  const json = ({ bottleneck: b, age }: { bottleneck: Bottleneck; age: number }) => ({
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
  });
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Bottlenecks of the district with their age',
      tag,
      params: districtParams,
      response: bottlenecksResponse,
      preHandler: [requirePact('work')],
    },
    async (_i, request) => (await listBottlenecks(db, districtOf(request).id)).map((b) => json(aged(b))),
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
    async ({ body }, request) => ({
      id: await raiseBottleneck(deps, request, districtOf(request), body),
    }),
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
      preHandler: [requirePact('work')],
    },
    async ({ params }, request) => {
      const b = await findBottleneck(db, districtOf(request).id, params.bottleneck);
      if (b === undefined) throw new HttpProblem(404);
      return {
        ...json(aged(b)),
        history: (await eventsOf(db, b.id)).map((e) => ({ at: e.at, by: e.actorName, action: e.action, note: e.note })),
      };
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
      preHandler: [requirePact('work')],
    },
    async ({ params, body }, request, reply) => {
      const outcome = await takeStep(deps, request, districtOf(request), params.bottleneck, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors, outcome.status);
    },
  );
}
