import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { accessOf, districtOf, noticeOf, requirePact, today } from './pact.http.ts';
import { districtParams, idResponse } from './partners.schema.ts';
import { settingsOf } from './settings.repository.ts';
import { insertCoreMember, insertLonglistItem, insertPlanAction, insertWorkgroup, tijwOf } from './tijw.repository.ts';
import { checkCriteria, isEligible } from './tijw.rules.ts';
import { coreMemberForm, longlistForm, planActionForm, tijwResponse, workgroupForm } from './tijw.schema.ts';
import { tijwFormPage, tijwPage, tijwParts, type TijwPart } from './tijw.views.tsx';

type Req = FastifyRequest<{ Params: { district: string; part?: string }; Querystring: { melding?: string } }>;

interface Part<S extends z.ZodType> {
  schema: S;
  save(deps: AppDeps, district: District, data: z.output<S>): Promise<string>;
}

function part<S extends z.ZodType>(p: Part<S>): Part<z.ZodType> {
  return p;
}

/** The four parts of Thuis in je Wijk that the coordinator or kwartiermaker keeps (seed 003 §4, annex 3). */
const parts: Record<TijwPart, Part<z.ZodType>> = {
  kernteam: part({
    schema: coreMemberForm,
    save: (deps, d, data) => insertCoreMember(deps.database.db, d.id, data, today(deps.clock.now())),
  }),
  actie: part({
    schema: planActionForm,
    save: (deps, d, data) => insertPlanAction(deps.database.db, d.id, data, deps.clock.now().toISOString()),
  }),
  werkgroep: part({ schema: workgroupForm, save: (deps, d, data) => insertWorkgroup(deps.database.db, d.id, data) }),
  longlist: part({
    schema: longlistForm,
    save: (deps, d, data) => insertLonglistItem(deps.database.db, d.id, data, deps.clock.now().toISOString()),
  }),
};

async function tijwDistrict(deps: AppDeps, request: FastifyRequest): Promise<District> {
  const district = districtOf(request);
  if ((await settingsOf(deps.database.db, district.id)).programme !== 'thuis_in_je_wijk') throw new HttpProblem(404);
  return district;
}

function partOf(request: Req): TijwPart {
  const found = tijwParts.find((p) => p === request.params.part);
  if (found === undefined) throw new HttpProblem(404);
  return found;
}

export function tijwRoutes(app: FastifyInstance, deps: AppDeps): void {
  const coordinate = { preHandler: requirePact('coordinate') };
  app.get('/:district/samenwerken/thuis-in-je-wijk', async (request: Req, reply) => {
    const data = await tijwOf(deps.database.db, (await tijwDistrict(deps, request)).id);
    return sendPage(request, reply, (ctx) =>
      tijwPage(ctx, { ...data, access: accessOf(request), notice: noticeOf(request, ['tijw-opgeslagen']) }),
    );
  });
  const render = async (request: Req, reply: FastifyReply, form: FormState, status = 200) => {
    await tijwDistrict(deps, request);
    const p = partOf(request);
    return sendPage(
      request,
      reply,
      (ctx) => tijwFormPage(ctx, p, Object.keys(form.values).length > 0 ? form : { values: { status: 'planned' }, errors: {} }),
      status,
    );
  };
  app.get('/:district/samenwerken/thuis-in-je-wijk/nieuw/:part', coordinate, async (request: Req, reply) =>
    render(request, reply, emptyForm),
  );
  app.post('/:district/samenwerken/thuis-in-je-wijk/nieuw/:part', coordinate, async (request: Req, reply) => {
    const district = await tijwDistrict(deps, request);
    const p = parts[partOf(request)];
    const form = parseForm(p.schema, request.body);
    if (!form.ok) return render(request, reply, form, 422);
    await p.save(deps, district, form.data);
    return reply.redirect(`/${district.slug}/samenwerken/thuis-in-je-wijk?melding=tijw-opgeslagen`, 303);
  });
  tijwApi(app, deps);
}

function tijwApi(app: FastifyInstance, deps: AppDeps): void {
  const tag = 'pact: Thuis in je Wijk';
  const path = '/api/v1/districts/{district}/pact/thuis-in-je-wijk';
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Core team, action plan, work groups and the research longlist with its four criteria',
      tag,
      params: districtParams,
      response: tijwResponse,
    },
    async (_i, request) => {
      const data = await tijwOf(deps.database.db, (await tijwDistrict(deps, request)).id);
      return {
        coreTeam: data.team,
        actionPlan: data.actions,
        workgroups: data.groups,
        longlist: data.longlist.map(({ newWayOfWorking, partnersFromSeveralTracks, ...rest }) => {
          const item = { ...rest, newWayOfWorking, partnersFromSeveralTracks };
          return { ...rest, criteria: checkCriteria(item), eligible: isEligible(item) };
        }),
      };
    },
  );
  const routes: [TijwPart, string, string][] = [
    ['kernteam', 'core-team', 'Add a core team member or the quartermaster'],
    ['actie', 'action-plan', 'Add an action serving one or more of the five goals'],
    ['werkgroep', 'workgroups', 'Add a work group'],
    ['longlist', 'longlist', 'Add an activity to the research longlist'],
  ];
  for (const [key, segment, summary] of routes) {
    const p = parts[key];
    apiRoute(
      app,
      {
        method: 'post',
        path: `${path}/${segment}`,
        summary,
        tag,
        params: districtParams,
        body: p.schema,
        response: idResponse,
        preHandler: [requirePact('coordinate')],
      },
      async ({ body }, request) => ({
        id: await p.save(deps, await tijwDistrict(deps, request), body),
      }),
    );
  }
}
