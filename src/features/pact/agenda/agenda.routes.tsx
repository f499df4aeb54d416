import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { dayOf, yearOf } from '../shared/days.rules.ts';
import { adoptAgenda, agendaOfYear } from './agenda.actions.ts';
import { versionsOf } from './agenda.repository.ts';
import { adoptForm, projectForm } from './agenda.schema.ts';
import { agendaPage, versionPage } from './agenda.views.tsx';
import { addProject } from './projects.actions.ts';
import { projectsOf } from './projects.repository.ts';

type Req = FastifyRequest<{ Params: { year: string; number?: string } }>;

export const agendaNotices = ['project-toegevoegd', 'project-gewijzigd', 'voortgang-toegevoegd', 'vastgesteld'];

/** The year of the agenda from the address; an address without one is not a page. */
export function yearIn(request: Req): number {
  const year = yearOf(request.params.year, 0);
  if (year === 0) throw new HttpProblem(404);
  return year;
}

/** The agenda a form is sent to: the district's, of the year in the address. */
interface AgendaOfYear {
  district: District;
  year: number;
}

const filled = (form: FormState, defaults: FormState['values']): FormState =>
  Object.keys(form.values).length > 0 ? form : { values: defaults, errors: {} };

/** The year's agenda: adding projects (the coordinator), adopting it (the steering group), and adopted versions. */
export function agendaRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const agendaUrl = (request: FastifyRequest, year: number) => `/${districtOf(request).slug}/samenwerken/wijkagenda/${year}`;

  async function page(request: Req, shown: 'project' | 'adopt'): Promise<FormPage> {
    const ctx = actionContext(request, deps);
    const district = districtOf(request);
    const data = {
      ...(await agendaOfYear(ctx, district.id, yearIn(request))),
      partners: await listPartners(db, district.id),
      programme: (await settingsOf(db, district.id)).programme,
      access: accessOf(request),
      notice: noticeOf(request, 'pact.notice', agendaNotices),
    };
    const adopt = { adoptedOn: dayOf(ctx.now) };
    return (pageCtx, form) =>
      agendaPage(pageCtx, data, {
        project: filled(shown === 'project' ? form : emptyForm, { status: 'planned' }),
        adopt: filled(shown === 'adopt' ? form : emptyForm, adopt),
      });
  }

  app.get('/:district/samenwerken/wijkagenda', async (request, reply) =>
    reply.redirect(agendaUrl(request, deps.clock.now().getUTCFullYear()), 303),
  );
  app.get('/:district/samenwerken/wijkagenda/:year', async (request: Req, reply) => {
    const shown = await page(request, 'project');
    return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
  });

  app.get('/:district/samenwerken/wijkagenda/:year/versie/:number', async (request: Req, reply) => {
    const district = districtOf(request);
    const version = (await versionsOf(db, district.id, yearIn(request))).find(
      (v) => String(v.number) === request.params.number && v.adoptedOn !== null,
    );
    if (version === undefined) throw new HttpProblem(404);
    const projects = await projectsOf(db, district.id, version.id);
    return sendPage(request, reply, (ctx) => versionPage(ctx, { version, projects }));
  });

  const load = (request: Req): Promise<AgendaOfYear> => Promise.resolve({ district: districtOf(request), year: yearIn(request) });
  const shownOn = (request: Req, { year }: AgendaOfYear) => agendaUrl(request, year);
  formRoute(app, {
    path: '/:district/samenwerken/wijkagenda/:year/projecten',
    preHandler: requirePact('coordinate'),
    load,
    page: (request: Req) => page(request, 'project'),
    schema: projectForm,
    act: (request, { district, year }, input) => addProject(actionContext(request, deps), district, year, input),
    done: (request, { year }) => `${agendaUrl(request, year)}?melding=project-toegevoegd`,
    shownOn,
  });
  formRoute(app, {
    path: '/:district/samenwerken/wijkagenda/:year/vaststellen',
    preHandler: requirePact('steer'),
    load,
    page: (request: Req) => page(request, 'adopt'),
    schema: adoptForm,
    act: (request, { district, year }, input) => adoptAgenda(actionContext(request, deps), district, year, input.adoptedOn),
    done: (request, { year }) => `${agendaUrl(request, year)}?melding=vastgesteld`,
    shownOn,
  });
}
