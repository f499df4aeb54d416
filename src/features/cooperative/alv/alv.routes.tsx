import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { alvOf, mayRun, type AlvSubject } from './alv.access.ts';
import { changeSettings, draftMinutes, mayAsBoardMember, paperMembersSeenBy } from './alv.actions.ts';
import { alvSettings, alvsOf } from './alv.repository.ts';
import { hasStarted } from './alv.rules.ts';
import { minutesForm, proxyForm, settingsForm } from './alv.schema.ts';
import { alvPage } from './alv.views.tsx';
import { conveneRoutes } from './convene.routes.tsx';
import { convocationPage } from './convocation.views.tsx';
import { listPage } from './list.views.tsx';
import { giveProxy, ownProxies, withdrawProxy } from './meeting.actions.ts';
import { placeOf } from './place.ts';
import { minutesPage } from './vote.views.tsx';

/** Members see the ALVs, their agenda, documents and adopted minutes, and give a proxy; the daily board convenes. */
export function alvRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const members = requireCoop('decisions');
  const run = requireCoop('dailyBoard');
  const list = '/:district/cooperatie/alv';

  const listOf = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const data = {
      alvs: await alvsOf(db, district.id),
      now: deps.clock.now(),
      manage: mayRun(request),
      convene: await mayAsBoardMember(db, district.id, request.user?.email, 'convene'),
      settings: await alvSettings(db, district.id),
    };
    const notice = noticeOf(request, 'cooperative.alv.notice', ['bijeengeroepen', 'instellingen']);
    return (ctx: Parameters<typeof listPage>[0], form: FormState) =>
      listPage(ctx, data, Object.keys(form.values).length > 0 ? form : { values: toValues(data.settings), errors: {} }, notice);
  };
  app.get(list, { preHandler: members }, async (request, reply) => {
    const page = await listOf(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${list}/instellingen`,
    preHandler: run,
    load: (request) => cooperativeOf(deps, request),
    page: listOf,
    schema: settingsForm,
    act: (request, { district }, input) => changeSettings(actionContext(request, deps), district, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/alv?melding=instellingen`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/alv`,
  });
  conveneRoutes(app, deps);

  const one = `${list}/:alv`;
  const alvPageOf = async (request: FastifyRequest, { district, alv }: AlvSubject) => {
    const own = await ownProxies(actionContext(request, deps), district, alv);
    const place = await placeOf(db, district.id, alv.locationId);
    const addDocuments = mayRun(request) && (await mayAsBoardMember(db, district.id, request.user?.email, 'convene'));
    const data = { alv, own, place, manage: mayRun(request), started: hasStarted(alv, deps.clock.now()), addDocuments };
    const notice = noticeOf(request, 'cooperative.alv.notice', ['bijeengeroepen', 'volmacht', 'ingetrokken', 'notulen', 'stukken']);
    return (ctx: Parameters<typeof alvPage>[0], form: FormState) => alvPage(ctx, data, form, notice);
  };
  app.get(one, { preHandler: members }, async (request, reply) => {
    const page = await alvPageOf(request, await alvOf(deps, request));
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${one}/volmacht`,
    preHandler: members,
    load: (request) => alvOf(deps, request),
    page: alvPageOf,
    schema: proxyForm,
    act: (request, { district, alv }, input) => giveProxy(actionContext(request, deps), district, alv, input),
    done: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}?melding=volmacht`,
    shownOn: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}`,
  });
  formRoute(app, {
    path: `${one}/volmacht/intrekken`,
    preHandler: members,
    load: (request) => alvOf(deps, request),
    page: alvPageOf,
    schema: z.object({}),
    act: (request, { district, alv }) => withdrawProxy(actionContext(request, deps), district, alv),
    done: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}?melding=ingetrokken`,
    shownOn: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}`,
  });
  formRoute(app, {
    path: `${one}/notulen`,
    preHandler: run,
    load: (request) => alvOf(deps, request),
    defaults: (_request, { alv }) => ({ minutes: alv.minutes ?? '' }),
    page:
      (_request, { alv }) =>
      (ctx, form) =>
        minutesPage(ctx, alv, form),
    schema: minutesForm,
    act: (request, { district, alv }, input) => draftMinutes(actionContext(request, deps), district, alv, input),
    done: (_request, { district, alv }) => `/${district.slug}/cooperatie/alv/${alv.id}?melding=notulen`,
  });
  app.get(`${one}/oproep`, { preHandler: run }, async (request, reply) => {
    const { district, cooperative, alv } = await alvOf(deps, request);
    const paper = await paperMembersSeenBy(actionContext(request, deps), district, alv);
    const place = await placeOf(db, district.id, alv.locationId);
    return sendPage(request, reply, (ctx) => convocationPage(ctx, { alv, cooperative: cooperative.name, paper, place }));
  });
}

const toValues = (s: { noticeDays: number; maxProxies: number; quorumPercent: number }) => ({
  noticeDays: String(s.noticeDays),
  maxProxies: String(s.maxProxies),
  quorumPercent: String(s.quorumPercent),
});
