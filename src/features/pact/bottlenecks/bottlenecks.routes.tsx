import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { accessOf, loadDistrict, requirePact, requirePactToSend } from '../shared/access.ts';
import { bottleneckSeenBy, raiseBottleneck, takeStep } from './bottlenecks.actions.ts';
import { eventsOf, findBottleneck, listBottlenecks, type Bottleneck } from './bottlenecks.repository.ts';
import { ageInDays, allowedActions } from './bottlenecks.rules.ts';
import { raiseForm, stepForm } from './bottlenecks.schema.ts';
import { bottleneckPage, bottlenecksPage } from './bottlenecks.views.tsx';

type Req = FastifyRequest<{ Params: { bottleneck: string } }>;
const notices = ['knelpunt-gemeld', 'stap-gezet'];

/** Bottlenecks with their age in days, until they were resolved. */
export const aged = (b: Bottleneck, now: Date) => ({ bottleneck: b, age: ageInDays(b.raisedAt, now, b.resolvedAt) });

/** The bottlenecks of the pact: raised by partners and the coordinator, worked on, escalated and resolved. */
export function bottlenecksRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const url = (request: FastifyRequest) => `/${districtOf(request).slug}/samenwerken/knelpunten`;

  formRoute(app, {
    path: '/:district/samenwerken/knelpunten',
    preHandler: requirePactToSend('raise', 'work'),
    load: loadDistrict,
    page: async (request, district): Promise<FormPage> => {
      const items = (await listBottlenecks(db, district.id)).map((b) => aged(b, deps.clock.now()));
      const data = { items, access: accessOf(request), notice: noticeOf(request, 'pact.notice', notices) };
      return (ctx, form) => bottlenecksPage(ctx, data, form);
    },
    schema: raiseForm,
    act: (request, district, input) => raiseBottleneck(actionContext(request, deps), district, accessOf(request), input),
    done: (request, _district, id) => `${url(request)}/${id}?melding=knelpunt-gemeld`,
  });

  async function page(request: Req): Promise<FormPage> {
    const ctx = actionContext(request, deps);
    const bottleneck = await bottleneckSeenBy(ctx, districtOf(request), request.params.bottleneck);
    if (bottleneck === undefined) throw new HttpProblem(404);
    const data = {
      item: aged(bottleneck, ctx.now),
      events: await eventsOf(db, bottleneck.id),
      actions: allowedActions(bottleneck.status, accessOf(request)),
      notice: noticeOf(request, 'pact.notice', notices),
    };
    return (pageCtx, form) => bottleneckPage(pageCtx, data, form);
  }

  app.get<{ Params: { bottleneck: string } }>(
    '/:district/samenwerken/knelpunten/:bottleneck',
    { preHandler: requirePact('work') },
    async (request, reply) => {
      const shown = await page(request);
      return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
    },
  );
  formRoute(app, {
    path: '/:district/samenwerken/knelpunten/:bottleneck/stap',
    preHandler: requirePact('work'),
    load: async (request: Req) => {
      const bottleneck = await findBottleneck(db, districtOf(request).id, request.params.bottleneck);
      if (bottleneck === undefined) throw new HttpProblem(404);
      return bottleneck;
    },
    page,
    schema: stepForm,
    act: (request, b, input) => takeStep(actionContext(request, deps), request.t, districtOf(request), b.id, accessOf(request), input),
    done: (request, b) => `${url(request)}/${b.id}?melding=stap-gezet`,
    shownOn: (request, b) => `${url(request)}/${b.id}`,
  });
}
