import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { path, tag } from './agenda.api.ts';
import { noteForm, projectForm, projectParams, yearParams } from './agenda.schema.ts';
import { addNote, addProject, changeProject } from './projects.actions.ts';

/** The working version's projects and their progress, through the API. */
export function projectsApi(app: FastifyInstance, deps: AppDeps): void {
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
      return answered(request, reply, await addProject(actionContext(request, deps), districtOf(request), params.year, body), asId);
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
      return answered(request, reply, await changeProject(actionContext(request, deps), districtOf(request), params.project, body), asId);
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
      return answered(request, reply, await addNote(actionContext(request, deps), districtOf(request), params.project, body), asId);
    },
  );
}
