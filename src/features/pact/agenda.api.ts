import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { projectsOf, versionsOf, type Project } from './agenda.repository.ts';
import {
  adoptForm,
  agendaResponse,
  noteForm,
  projectForm,
  projectParams,
  versionParams,
  versionResponse,
  yearParams,
} from './agenda.schema.ts';
import { addNote, addProject, adoptAgenda, agendaOfYear, changeProject } from './agenda.service.ts';
import { apiRefusal, districtOf, requirePact } from './pact.http.ts';
import { idResponse } from './partners.schema.ts';

const tag = 'pact: district agenda';
const path = '/api/v1/districts/{district}/pact/agendas/{year}';

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
  agendaChangesApi(app, deps);
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
      const data = await agendaOfYear(deps, districtOf(request).id, params.year);
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
      const version = (await versionsOf(deps.database.db, districtOf(request).id, params.year)).find((v) => v.number === params.number);
      if (version === undefined) throw new HttpProblem(404);
      return {
        year: version.year,
        number: version.number,
        adoptedOn: version.adoptedOn,
        projects: (await projectsOf(deps.database.db, version.id)).map(projectJson),
      };
    },
  );
}

function agendaChangesApi(app: FastifyInstance, deps: AppDeps): void {
  const coordinate = [requirePact('coordinate')];

  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/projects`,
      summary: 'Add a joint project to the working version',
      tag,
      params: yearParams,
      body: projectForm,
      response: idResponse,
      preHandler: coordinate,
    },
    async ({ params, body }, request, reply) => {
      const outcome = await addProject(deps, districtOf(request), params.year, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors, outcome.status);
    },
  );
  apiRoute(
    app,
    {
      method: 'put',
      path: `${path}/projects/{project}`,
      summary: 'Change a project of the working version (an adopted one is refused)',
      tag,
      params: projectParams,
      body: projectForm,
      response: idResponse,
      preHandler: coordinate,
    },
    async ({ params, body }, request, reply) => {
      const outcome = await changeProject(deps, districtOf(request), params.project, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors, outcome.status);
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/projects/{project}/notes`,
      summary: 'Add a dated progress note (an adopted version is refused)',
      tag,
      params: projectParams,
      body: noteForm,
      response: idResponse,
      preHandler: coordinate,
    },
    async ({ params, body }, request, reply) => {
      const outcome = await addNote(deps, request, districtOf(request), params.project, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors, outcome.status);
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
      const outcome = await adoptAgenda(deps, request, districtOf(request), params.year, body.adoptedOn);
      return outcome.ok ? { id: String(outcome.value) } : apiRefusal(request, reply, outcome.errors, outcome.status);
    },
  );
}
