import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { adoptAgenda, agendaOfYear } from './agenda.actions.ts';
import { versionsOf } from './agenda.repository.ts';
import { adoptForm, agendaResponse, versionParams, versionResponse, yearParams } from './agenda.schema.ts';
import { projectsOf, type Project } from './projects.repository.ts';

export const tag = 'pact: district agenda';
export const path = '/api/v1/districts/{district}/pact/agendas/{year}';

function projectJson(p: Project) {
  return {
    id: p.id,
    key: p.key,
    title: p.title,
    description: p.description,
    challenges: [...p.challenges],
    owners: p.owners.map((id, i) => ({ id, name: p.ownerNames[i] ?? '' })),
    budgetCents: p.budgetCents,
    budgetSource: p.budgetSource,
    status: p.status,
    notes: p.notes.map((n) => ({ notedOn: n.notedOn, text: n.text, author: n.authorName })),
  };
}

export function agendaApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: "The year's agenda, its adopted versions and the changes since the last adoption",
      tag,
      params: yearParams,
      response: agendaResponse,
    },
    async ({ params }, request) => {
      const data = await agendaOfYear(actionContext(request, deps), districtOf(request).id, params.year);
      return {
        year: data.year,
        working: data.working && { number: data.working.number },
        adopted: data.adopted.map((v) => ({ number: v.number, adoptedOn: v.adoptedOn ?? '' })),
        projects: data.projects.map(projectJson),
        changesSinceAdoption: data.changes,
      };
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/versions/{number}`,
      summary: 'One version of the agenda, as it was adopted',
      tag,
      params: versionParams,
      response: versionResponse,
    },
    async ({ params }, request) => {
      const district = districtOf(request);
      const version = (await versionsOf(deps.database.db, district.id, params.year)).find((v) => v.number === params.number);
      if (version === undefined) throw new HttpProblem(404);
      const projects = await projectsOf(deps.database.db, district.id, version.id);
      return { year: version.year, number: version.number, adoptedOn: version.adoptedOn, projects: projects.map(projectJson) };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/adoption`,
      summary: 'Adopt the working version on a date (steering group); it is then frozen',
      tag,
      params: yearParams,
      body: adoptForm,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ params, body }, request, reply) => {
      return answered(
        request,
        reply,
        await adoptAgenda(actionContext(request, deps), districtOf(request), params.year, body.adoptedOn),
        (number) => asId(String(number)),
      );
    },
  );
}
