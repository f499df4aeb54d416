import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { cityProgrammesOf } from '../programmes/programmes.actions.ts';
import { steeringOf } from '../programmes/programmes.rules.ts';
import { citySteeringPage } from '../programmes/programmes.views.tsx';
import { settingsOf } from '../settings/settings.repository.ts';
import { accessOf, loadDistrict, requirePact } from '../shared/access.ts';
import { dayOf } from '../shared/days.rules.ts';
import { addMember, endMember, makeChairSchedule, steeringGroup } from './steering.actions.ts';
import { periodOf } from './steering.rules.ts';
import { memberForm, scheduleForm } from './steering.schema.ts';
import { steeringPage } from './steering.views.tsx';

const notices = ['lid-toegevoegd', 'lid-gestopt', 'rooster-gemaakt'];

/** The steering group's page: its members, its seats and its rotating chair; the group itself changes them. */
export function steeringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const url = (request: FastifyRequest) => `/${districtOf(request).slug}/samenwerken/regiegroep`;

  async function page(request: FastifyRequest): Promise<FormPage> {
    const ctx = actionContext(request, deps);
    const district = districtOf(request);
    const today = dayOf(ctx.now);
    const data = {
      ...(await steeringGroup(ctx, district)),
      currentPeriod: periodOf(today),
      partners: await listPartners(deps.database.db, district.id),
      access: accessOf(request),
      notice: noticeOf(request, 'pact.notice', notices),
    };
    return (pageCtx, form) =>
      steeringPage(pageCtx, data, Object.keys(form.values).length > 0 ? form : { values: { joinedOn: today }, errors: {} });
  }

  app.get('/:district/samenwerken/regiegroep', async (request, reply) => {
    const { db } = deps.database;
    const district = districtOf(request);
    if (steeringOf((await settingsOf(db, district.id)).programmes) === null) {
      const cities = await cityProgrammesOf(db, district.id);
      return sendPage(request, reply, (ctx) => citySteeringPage(ctx, cities));
    }
    const shown = await page(request);
    return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
  });

  const form = { preHandler: requirePact('steer'), load: loadDistrict, page, shownOn: url };
  formRoute(app, {
    ...form,
    path: '/:district/samenwerken/regiegroep/leden',
    schema: memberForm,
    act: (request, district, input) => addMember(actionContext(request, deps), district, input),
    done: (request) => `${url(request)}?melding=lid-toegevoegd`,
  });
  formRoute(app, {
    ...form,
    path: '/:district/samenwerken/regiegroep/rooster',
    schema: scheduleForm,
    act: (request, district, input) => makeChairSchedule(actionContext(request, deps), district, input),
    done: (request) => `${url(request)}?melding=rooster-gemaakt`,
  });

  app.post<{ Params: { member: string } }>(
    '/:district/samenwerken/regiegroep/leden/:member/stoppen',
    { preHandler: requirePact('steer') },
    async (request, reply) => {
      const outcome = await endMember(actionContext(request, deps), districtOf(request), request.params.member);
      if (!outcome.ok) throw new HttpProblem(404);
      return reply.redirect(`${url(request)}?melding=lid-gestopt`, 303);
    },
  );
}
