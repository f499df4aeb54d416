import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { accessOf, apiRefusal, districtOf, noticeOf, requirePact, today } from './pact.http.ts';
import { listPartners } from './partners.repository.ts';
import { districtParams, idResponse } from './partners.schema.ts';
import { endMembership, listChairTerms, listMembers } from './steering.repository.ts';
import { openSeats, periodOf } from './steering.rules.ts';
import { memberForm, memberParams, scheduleForm, steeringResponse } from './steering.schema.ts';
import { addMember, makeChairSchedule } from './steering.service.ts';
import { steeringPage } from './steering.views.tsx';

type Req = FastifyRequest<{ Params: { district: string; member?: string }; Querystring: { melding?: string } }>;

async function steeringData(deps: AppDeps, districtId: string) {
  const { db } = deps.database;
  const members = await listMembers(db, districtId, today(deps.clock.now()));
  return { members, openSeats: openSeats(members), terms: await listChairTerms(db, districtId) };
}

export function steeringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const steer = { preHandler: requirePact('steer') };
  const page = (request: Req) => `/${districtOf(request).slug}/samenwerken/regiegroep`;

  async function render(request: Req, reply: FastifyReply, form: FormState, status = 200) {
    const district = districtOf(request);
    const now = today(deps.clock.now());
    const data = {
      ...(await steeringData(deps, district.id)),
      currentPeriod: periodOf(now),
      partners: await listPartners(db, district.id),
      access: accessOf(request),
      notice: noticeOf(request, ['lid-toegevoegd', 'lid-gestopt', 'rooster-gemaakt']),
    };
    const shown = Object.keys(form.values).length > 0 ? form : { values: { joinedOn: now }, errors: {} };
    return sendPage(request, reply, (ctx) => steeringPage(ctx, data, shown), status);
  }

  app.get('/:district/samenwerken/regiegroep', async (request: Req, reply) => render(request, reply, emptyForm));

  app.post('/:district/samenwerken/regiegroep/leden', steer, async (request: Req, reply) => {
    const form = parseForm(memberForm, request.body);
    if (!form.ok) return render(request, reply, form, 422);
    const outcome = await addMember(deps, request, districtOf(request), form.data);
    if (!outcome.ok) return render(request, reply, { values: form.values, errors: outcome.errors }, outcome.status ?? 422);
    return reply.redirect(`${page(request)}?melding=lid-toegevoegd`, 303);
  });

  app.post('/:district/samenwerken/regiegroep/leden/:member/stoppen', steer, async (request: Req, reply) => {
    const district = districtOf(request);
    const ended = await endMembership(db, district.id, request.params.member ?? '', today(deps.clock.now()));
    if (!ended) throw new HttpProblem(404);
    await recordAudit(db, {
      at: deps.clock.now().toISOString(),
      actorUserId: request.user?.id ?? null,
      action: 'pact.steering.member_ended',
      subjectType: 'pact_steering_member',
      subjectId: request.params.member ?? '',
      districtId: district.id,
      requestId: request.id,
    });
    return reply.redirect(`${page(request)}?melding=lid-gestopt`, 303);
  });

  app.post('/:district/samenwerken/regiegroep/rooster', steer, async (request: Req, reply) => {
    const form = parseForm(scheduleForm, request.body);
    if (!form.ok) return render(request, reply, form, 422);
    const outcome = await makeChairSchedule(deps, districtOf(request), form.data);
    if (!outcome.ok) return render(request, reply, { values: form.values, errors: outcome.errors }, 422);
    return reply.redirect(`${page(request)}?melding=rooster-gemaakt`, 303);
  });

  steeringApi(app, deps);
}

function steeringApi(app: FastifyInstance, deps: AppDeps): void {
  const tag = 'pact: steering group';
  const path = '/api/v1/districts/{district}/pact/steering-group';
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Members, open seats and chair schedule of the steering group',
      tag,
      params: districtParams,
      response: steeringResponse,
    },
    async (_i, request) => {
      const data = await steeringData(deps, districtOf(request).id);
      return {
        members: data.members.map((m) => ({
          id: m.id,
          seat: m.seat,
          name: m.name,
          organization: m.organizationName,
          joinedOn: m.joinedOn,
          leftOn: m.leftOn,
        })),
        openSeats: data.openSeats,
        chairSchedule: data.terms,
      };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/members`,
      summary: 'Add a member (at most 8, seats per the pact)',
      tag,
      params: districtParams,
      body: memberForm,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ body }, request, reply) => {
      const outcome = await addMember(deps, request, districtOf(request), body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors, outcome.status);
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/members/{member}/end`,
      summary: 'End a membership today',
      tag,
      params: memberParams,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ params }, request) => {
      if (!(await endMembership(deps.database.db, districtOf(request).id, params.member, today(deps.clock.now()))))
        throw new HttpProblem(404);
      return { id: params.member };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/chair-schedule`,
      summary: 'Make the rotating chair schedule from a half year on',
      tag,
      params: districtParams,
      body: scheduleForm,
      response: steeringResponse.pick({ chairSchedule: true }),
      preHandler: [requirePact('steer')],
    },
    async ({ body }, request, reply) => {
      const district = districtOf(request);
      const outcome = await makeChairSchedule(deps, district, body);
      if (!outcome.ok) return apiRefusal(request, reply, outcome.errors);
      return { chairSchedule: await listChairTerms(deps.database.db, district.id) };
    },
  );
}
