import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { accessOf, loadDistrict, requirePact } from '../shared/access.ts';
import { dayOf } from '../shared/days.rules.ts';
import { closeWithEvaluation, draftPeriod, periodsOf, setPeriodTarget, signAgain, startDraft, subjectsOf } from './periods.actions.ts';
import { periodsOfDistrict, type Period } from './periods.repository.ts';
import { closeForm, draftForm, periodTargetForm, signForm } from './periods.schema.ts';
import { closePage, draftPage, periodsPage, type PeriodsPageData } from './periods.views.tsx';

type Req = FastifyRequest<{ Params: { district: string; period: string } }>;

const notices = ['periode-afgesloten', 'periode-voorbereid', 'periode-getekend', 'periode-streefwaarde', 'periode-gestart'];

/** Pact periods: each with its evaluation, its re-signing partners and its targets; the steering group closes, drafts and starts them. */
export function periodsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const list = (request: FastifyRequest) => `/${districtOf(request).slug}/samenwerken/periodes`;

  async function data(request: FastifyRequest): Promise<PeriodsPageData> {
    const district = districtOf(request);
    const notice = noticeOf(request, 'pact.notice', notices);
    const base = { ...(await periodsOf(db, district.id)), today: dayOf(deps.clock.now()), access: accessOf(request) };
    return notice === undefined ? base : { ...base, notice };
  }

  async function loadPeriod(request: FastifyRequest): Promise<Period> {
    const { period } = (request as Req).params;
    const found = (await periodsOfDistrict(db, districtOf(request).id)).find((p) => p.id === period);
    if (found === undefined) throw new HttpProblem(404);
    return found;
  }

  app.get('/:district/samenwerken/periodes', async (request, reply) => {
    const shown = await data(request);
    return sendPage(request, reply, (ctx) => periodsPage(ctx, shown));
  });

  formRoute(app, {
    path: '/:district/samenwerken/periodes/:period/afsluiten',
    preHandler: requirePact('steer'),
    load: loadPeriod,
    page: async (request, period): Promise<FormPage> => {
      const subjects = await subjectsOf(db, districtOf(request).id);
      return (ctx, form) => closePage(ctx, { period, subjects }, form);
    },
    schema: closeForm,
    act: (request, period, input) => closeWithEvaluation(actionContext(request, deps), districtOf(request), period, input),
    done: (request) => `${list(request)}?melding=periode-afgesloten`,
  });

  formRoute(app, {
    path: '/:district/samenwerken/periodes/nieuw',
    preHandler: requirePact('steer'),
    load: loadDistrict,
    page: () => (ctx, form) => draftPage(ctx, form),
    schema: draftForm,
    act: (request, district, input) => draftPeriod(actionContext(request, deps), district, input),
    done: (request) => `${list(request)}?melding=periode-voorbereid`,
  });

  const onList =
    (form: 'sign' | 'target') =>
    async (request: FastifyRequest, period: Period): Promise<FormPage> => {
      const shown = await data(request);
      return (ctx, state) => periodsPage(ctx, { ...shown, shown: { periodId: period.id, form, state } });
    };
  formRoute(app, {
    path: '/:district/samenwerken/periodes/:period/ondertekenen',
    preHandler: requirePact('steer'),
    load: loadPeriod,
    page: onList('sign'),
    shownOn: list,
    schema: signForm,
    act: (request, period, input) => signAgain(actionContext(request, deps), districtOf(request), period, input),
    done: (request) => `${list(request)}?melding=periode-getekend`,
  });
  formRoute(app, {
    path: '/:district/samenwerken/periodes/:period/streefwaarden',
    preHandler: requirePact('steer'),
    load: loadPeriod,
    page: onList('target'),
    shownOn: list,
    schema: periodTargetForm,
    act: (request, period, input) => setPeriodTarget(actionContext(request, deps), districtOf(request), period, input),
    done: (request) => `${list(request)}?melding=periode-streefwaarde`,
  });

  app.post('/:district/samenwerken/periodes/:period/starten', { preHandler: requirePact('steer') }, async (request, reply) => {
    const outcome = await startDraft(actionContext(request, deps), districtOf(request), await loadPeriod(request));
    if (!outcome.ok) throw new HttpProblem(409);
    return reply.redirect(`${list(request)}?melding=periode-gestart`, 303);
  });
}
