import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { listPartners } from '../partners/partners.repository.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { accessOf, requirePact, requirePactToSend } from '../shared/access.ts';
import { dayOf } from '../shared/days.rules.ts';
import { agendaNotices, yearIn } from './agenda.routes.tsx';
import { noteForm, projectForm } from './agenda.schema.ts';
import { addNote, changeProject } from './projects.actions.ts';
import { findProject, type Project } from './projects.repository.ts';
import type { AgendaVersion } from './agenda.repository.ts';
import { projectPage } from './project.views.tsx';

type Req = FastifyRequest<{ Params: { year: string; project: string } }>;
type Found = { project: Project; version: AgendaVersion };

/**
 * An adopted version is kept as it was: a change or note sent to it gets a clear page
 * saying so (the API answers the same refusal as a problem), and nothing is stored.
 */
function frozenAsPage<T>(outcome: Outcome<T>): Outcome<T> {
  const code = outcome.ok ? undefined : outcome.errors.project?.code;
  if (code === 'pact.agenda.frozen') throw new HttpProblem(409, code);
  return outcome;
}

/** A project of the agenda: its page, changing it and noting progress (the coordinator, in the working version). */
export function projectRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const projectUrl = (request: Req, found: Found) =>
    `/${districtOf(request).slug}/samenwerken/wijkagenda/${found.version.year}/projecten/${found.project.id}`;

  async function load(request: Req): Promise<Found> {
    const found = await findProject(db, districtOf(request).id, request.params.project);
    if (found === undefined || found.version.year !== yearIn(request)) throw new HttpProblem(404);
    return found;
  }

  async function page(request: Req, found: Found, shown: 'project' | 'note'): Promise<FormPage> {
    const district = districtOf(request);
    const data = {
      ...found,
      partners: await listPartners(db, district.id),
      programme: (await settingsOf(db, district.id)).programme,
      access: accessOf(request),
      notice: noticeOf(request, 'pact.notice', agendaNotices),
    };
    const today = { values: { notedOn: dayOf(deps.clock.now()) }, errors: {} };
    return (ctx, form) =>
      projectPage(ctx, data, {
        project: shown === 'project' ? form : emptyForm,
        note: shown === 'note' && Object.keys(form.values).length > 0 ? form : today,
      });
  }

  formRoute(app, {
    path: '/:district/samenwerken/wijkagenda/:year/projecten/:project',
    preHandler: requirePactToSend('coordinate'),
    load,
    page: (request: Req, found) => page(request, found, 'project'),
    schema: projectForm,
    act: async (request, found, input) =>
      frozenAsPage(await changeProject(actionContext(request, deps), districtOf(request), found.project.id, input)),
    done: (request: Req, found) => `${projectUrl(request, found)}?melding=project-gewijzigd`,
  });
  formRoute(app, {
    path: '/:district/samenwerken/wijkagenda/:year/projecten/:project/voortgang',
    preHandler: requirePact('coordinate'),
    load,
    page: (request: Req, found) => page(request, found, 'note'),
    schema: noteForm,
    act: async (request, found, input) =>
      frozenAsPage(await addNote(actionContext(request, deps), districtOf(request), found.project.id, input)),
    done: (request: Req, found) => `${projectUrl(request, found)}?melding=voortgang-toegevoegd`,
    shownOn: projectUrl,
  });
}
