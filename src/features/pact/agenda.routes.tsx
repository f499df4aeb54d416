import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { findProject, projectsOf, versionsOf } from './agenda.repository.ts';
import { refuseChange } from './agenda.rules.ts';
import { adoptForm, noteForm, projectForm } from './agenda.schema.ts';
import { addNote, addProject, adoptAgenda, agendaOfYear, changeProject } from './agenda.service.ts';
import { agendaPage, versionPage } from './agenda.views.tsx';
import { accessOf, districtOf, noticeOf, requirePact, today } from './pact.http.ts';
import { listPartners } from './partners.repository.ts';
import { yearOf } from './partners.routes.tsx';
import { projectPage } from './project.views.tsx';
import { settingsOf } from './settings.repository.ts';

type Req = FastifyRequest<{
  Params: { district: string; year?: string; number?: string; project?: string };
  Querystring: { melding?: string };
}>;

const notices = ['project-toegevoegd', 'project-gewijzigd', 'voortgang-toegevoegd', 'vastgesteld'];

function yearIn(request: Req): number {
  const year = yearOf(request.params.year, 0);
  if (year === 0) throw new HttpProblem(404);
  return year;
}

export function agendaRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinate = { preHandler: requirePact('coordinate') };
  const steer = { preHandler: requirePact('steer') };
  const agendaUrl = (request: Req, year: number) => `/${districtOf(request).slug}/samenwerken/wijkagenda/${year}`;

  async function renderAgenda(request: Req, reply: FastifyReply, forms: { project: FormState; adopt: FormState }, status = 200) {
    const district = districtOf(request);
    const year = yearIn(request);
    const data = {
      ...(await agendaOfYear(deps, district.id, year)),
      partners: await listPartners(db, district.id),
      programme: (await settingsOf(db, district.id)).programme,
      access: accessOf(request),
      notice: noticeOf(request, notices),
    };
    const adopt = Object.keys(forms.adopt.values).length > 0 ? forms.adopt : { values: { adoptedOn: today(deps.clock.now()) }, errors: {} };
    const project = Object.keys(forms.project.values).length > 0 ? forms.project : { values: { status: 'planned' }, errors: {} };
    return sendPage(request, reply, (ctx) => agendaPage(ctx, data, { project, adopt }), status);
  }

  async function renderProject(request: Req, reply: FastifyReply, forms: { project: FormState; note: FormState }, status = 200) {
    const district = districtOf(request);
    const found = await findProject(db, district.id, request.params.project ?? '');
    if (found === undefined || found.version.year !== yearIn(request)) throw new HttpProblem(404);
    const data = {
      ...found,
      partners: await listPartners(db, district.id),
      programme: (await settingsOf(db, district.id)).programme,
      access: accessOf(request),
      notice: noticeOf(request, notices),
    };
    const note = Object.keys(forms.note.values).length > 0 ? forms.note : { values: { notedOn: today(deps.clock.now()) }, errors: {} };
    return sendPage(request, reply, (ctx) => projectPage(ctx, data, { project: forms.project, note }), status);
  }

  /** An adopted version is kept as it was: a change or note sent to it gets a clear page saying so, and nothing is stored. */
  async function assertEditable(request: Req): Promise<void> {
    const found = await findProject(db, districtOf(request).id, request.params.project ?? '');
    if (found === undefined || found.version.year !== yearIn(request)) throw new HttpProblem(404);
    const frozen = refuseChange(found.version);
    if (frozen !== null) throw new HttpProblem(409, frozen);
  }

  app.get('/:district/samenwerken/wijkagenda', async (request: Req, reply) =>
    reply.redirect(agendaUrl(request, deps.clock.now().getUTCFullYear()), 303),
  );
  app.get('/:district/samenwerken/wijkagenda/:year', async (request: Req, reply) =>
    renderAgenda(request, reply, { project: emptyForm, adopt: emptyForm }),
  );

  app.get('/:district/samenwerken/wijkagenda/:year/versie/:number', async (request: Req, reply) => {
    const district = districtOf(request);
    const version = (await versionsOf(db, district.id, yearIn(request))).find(
      (v) => String(v.number) === request.params.number && v.adoptedOn !== null,
    );
    if (version === undefined) throw new HttpProblem(404);
    const projects = await projectsOf(db, version.id);
    return sendPage(request, reply, (ctx) => versionPage(ctx, { version, projects }));
  });

  app.post('/:district/samenwerken/wijkagenda/:year/projecten', coordinate, async (request: Req, reply) => {
    const form = parseForm(projectForm, request.body);
    if (!form.ok) return renderAgenda(request, reply, { project: form, adopt: emptyForm }, 422);
    const outcome = await addProject(deps, districtOf(request), yearIn(request), form.data);
    if (!outcome.ok)
      return renderAgenda(request, reply, { project: { values: form.values, errors: outcome.errors }, adopt: emptyForm }, 422);
    return reply.redirect(`${agendaUrl(request, yearIn(request))}?melding=project-toegevoegd`, 303);
  });

  app.post('/:district/samenwerken/wijkagenda/:year/vaststellen', steer, async (request: Req, reply) => {
    const form = parseForm(adoptForm, request.body);
    if (!form.ok) return renderAgenda(request, reply, { project: emptyForm, adopt: form }, 422);
    const outcome = await adoptAgenda(deps, request, districtOf(request), yearIn(request), form.data.adoptedOn);
    if (!outcome.ok)
      return renderAgenda(
        request,
        reply,
        { project: emptyForm, adopt: { values: form.values, errors: outcome.errors } },
        outcome.status ?? 422,
      );
    return reply.redirect(`${agendaUrl(request, yearIn(request))}?melding=vastgesteld`, 303);
  });

  app.get('/:district/samenwerken/wijkagenda/:year/projecten/:project', async (request: Req, reply) =>
    renderProject(request, reply, { project: emptyForm, note: emptyForm }),
  );

  app.post('/:district/samenwerken/wijkagenda/:year/projecten/:project', coordinate, async (request: Req, reply) => {
    await assertEditable(request);
    const form = parseForm(projectForm, request.body);
    if (!form.ok) return renderProject(request, reply, { project: form, note: emptyForm }, 422);
    const outcome = await changeProject(deps, districtOf(request), request.params.project ?? '', form.data);
    if (!outcome.ok)
      return renderProject(request, reply, { project: { values: form.values, errors: outcome.errors }, note: emptyForm }, 422);
    return reply.redirect(`${agendaUrl(request, yearIn(request))}/projecten/${outcome.value}?melding=project-gewijzigd`, 303);
  });

  app.post('/:district/samenwerken/wijkagenda/:year/projecten/:project/voortgang', coordinate, async (request: Req, reply) => {
    await assertEditable(request);
    const form = parseForm(noteForm, request.body);
    if (!form.ok) return renderProject(request, reply, { project: emptyForm, note: form }, 422);
    const outcome = await addNote(deps, request, districtOf(request), request.params.project ?? '', form.data);
    if (!outcome.ok)
      return renderProject(request, reply, { project: emptyForm, note: { values: form.values, errors: outcome.errors } }, 422);
    return reply.redirect(
      `${agendaUrl(request, yearIn(request))}/projecten/${request.params.project ?? ''}?melding=voortgang-toegevoegd`,
      303,
    );
  });
}
