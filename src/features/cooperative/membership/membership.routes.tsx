import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm } from '../../../platform/http/forms.ts';
import { noticeOf, requireUser } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { localDay } from '../../../platform/clock.ts';
import { applicationsPage } from './applications.views.tsx';
import { applyPage } from './apply.views.tsx';
import { applicationsSeenBy, applyForMembership, decide, endOwnMembership, ownMemberships, registerSeenBy } from './membership.actions.ts';
import { applyForm, decisionForm, endForm } from './membership.schema.ts';
import { minePage } from './mine.views.tsx';
import { registerPage } from './register.views.tsx';

/** Anyone may apply, a few times an hour from one address. */
const APPLY_LIMIT = { limit: 5, windowSeconds: 3600 };

/** Applying (anyone), admitting (the daily board), the register (the board) and one's own membership. */
export function membershipRoutes(app: FastifyInstance, deps: AppDeps): void {
  const apply = '/:district/cooperatie/lid-worden';
  const show = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status: number, sent = false) => {
    const { district } = await cooperativeOf(deps, request);
    const buurten = await listBuurten(deps.database.db, district.id);
    return sendPage(request, reply, (ctx) => applyPage(ctx, form, buurten, sent), status);
  };
  app.get(apply, async (request: FastifyRequest<{ Querystring: { melding?: string } }>, reply) =>
    show(request, reply, emptyForm, 200, request.query.melding === 'verstuurd'),
  );
  // The platform's form pattern, with the rate limit between checking the form and acting on it.
  app.post(apply, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const form = parseForm(applyForm, request.body);
    if (!form.ok) return show(request, reply, form, 422);
    if (await overRateLimit(deps.database.db, reply, [[`coop.apply:${request.ip}`, APPLY_LIMIT]], deps.clock.now()))
      return show(request, reply, { values: form.values, errors: { _form: { code: 'cooperative.tooMany' } } }, 429);
    const outcome = await applyForMembership(actionContext(request, deps), request.t, district, form.data);
    if (!outcome.ok) return show(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`/${district.slug}/cooperatie/lid-worden?melding=verstuurd`, 303);
  });

  const queue = '/:district/cooperatie/aanmeldingen';
  const queuePage = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const waiting = await applicationsSeenBy(actionContext(request, deps), district);
    const notice = noticeOf(request, 'cooperative.applications.notice', ['toegelaten', 'afgewezen']);
    return (ctx: Parameters<typeof applicationsPage>[0], form: FormState) => applicationsPage(ctx, waiting, form, notice);
  };
  app.get(queue, { preHandler: requireCoop('dailyBoard') }, async (request, reply) => {
    const page = await queuePage(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${queue}/:application/besluit`,
    preHandler: requireCoop('dailyBoard'),
    load: async (request: FastifyRequest<{ Params: { application: string } }>) => ({
      ...(await cooperativeOf(deps, request)),
      id: request.params.application,
    }),
    page: queuePage,
    schema: decisionForm,
    act: (request, { district, id }, input) => decide(actionContext(request, deps), request.t, district, id, input),
    done: (_request, { district }, notice) => `/${district.slug}/cooperatie/aanmeldingen?melding=${notice}`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/aanmeldingen`,
  });

  app.get('/:district/cooperatie/leden', { preHandler: requireCoop('board') }, async (request, reply) => {
    const { district } = await cooperativeOf(deps, request);
    const ctx = actionContext(request, deps);
    const register = await registerSeenBy(ctx, district);
    return sendPage(request, reply, (page) => registerPage(page, register, localDay(ctx.now)));
  });

  const mine = '/:district/cooperatie/mijn-lidmaatschap';
  const minePageOf = async (request: FastifyRequest) => {
    const { district } = await cooperativeOf(deps, request);
    const memberships = await ownMemberships(actionContext(request, deps), district);
    const notice = noticeOf(request, 'cooperative.mine.notice', ['opgezegd']);
    return (ctx: Parameters<typeof minePage>[0], form: FormState) => minePage(ctx, memberships, form, notice);
  };
  app.get(mine, { preHandler: requireUser }, async (request, reply) => {
    const page = await minePageOf(request);
    return sendPage(request, reply, (ctx) => page(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${mine}/:member/opzeggen`,
    preHandler: requireUser,
    load: async (request: FastifyRequest<{ Params: { member: string } }>) => ({
      ...(await cooperativeOf(deps, request)),
      id: request.params.member,
    }),
    page: minePageOf,
    schema: endForm,
    act: (request, { district, id }, input) => endOwnMembership(actionContext(request, deps), district, id, input),
    done: (_request, { district }) => `/${district.slug}/cooperatie/mijn-lidmaatschap?melding=opgezegd`,
    shownOn: (_request, { district }) => `/${district.slug}/cooperatie/mijn-lidmaatschap`,
  });
}
