import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { parseForm } from '../../../platform/http/forms.ts';
import { districtOf, noticeOf } from '../../../platform/http/guards.ts';
import { overRateLimit } from '../../../platform/http/rate-limited.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { requirePact } from '../shared/access.ts';
import { decideJoin, joinRequestsSeenBy, submitJoinRequest } from './join.actions.ts';
import { joinPage, joinRequestsPage } from './join.views.tsx';
import { decisionForm, joinForm } from './partners.schema.ts';

/** Anyone may ask to join, a few times an hour from one address. */
const JOIN_LIMIT = { limit: 5, windowSeconds: 3600 };

export function joinLimited(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  return overRateLimit(deps.database.db, reply, [[`pact.join:${request.ip}`, JOIN_LIMIT]], deps.clock.now());
}

/** Asking to join (anyone) and deciding on it (the steering group). */
export function joinRoutes(app: FastifyInstance, deps: AppDeps): void {
  const path = '/:district/samenwerken/partners/aanmelden';
  const show = (request: FastifyRequest, reply: FastifyReply, form: FormState, status: number) =>
    sendPage(request, reply, (ctx) => joinPage(ctx, form, false), status);

  app.get(path, async (request: FastifyRequest<{ Querystring: { melding?: string } }>, reply) =>
    sendPage(request, reply, (ctx) => joinPage(ctx, emptyForm, request.query.melding === 'verstuurd')),
  );
  // The platform's form pattern, with the rate limit between checking the form and acting on it.
  app.post(path, async (request, reply) => {
    const form = parseForm(joinForm, request.body);
    if (!form.ok) return show(request, reply, form, 422);
    if (await joinLimited(deps, request, reply))
      return show(request, reply, { values: form.values, errors: { _form: { code: 'pact.tooMany' } } }, 429);
    const outcome = await submitJoinRequest(actionContext(request, deps), districtOf(request), form.data);
    if (!outcome.ok) return show(request, reply, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(`/${districtOf(request).slug}/samenwerken/partners/aanmelden?melding=verstuurd`, 303);
  });

  const requests = '/:district/samenwerken/partners/aanmeldingen';
  const requestsPage = async (request: FastifyRequest) => {
    const pending = await joinRequestsSeenBy(actionContext(request, deps), districtOf(request));
    return (ctx: Parameters<typeof joinRequestsPage>[0], form: FormState) =>
      joinRequestsPage(ctx, pending, form, noticeOf(request, 'pact.notice', ['afgewezen']));
  };
  app.get(requests, { preHandler: requirePact('steer') }, async (request, reply) => {
    const shown = await requestsPage(request);
    return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
  });
  formRoute(app, {
    path: `${requests}/:request/besluit`,
    preHandler: requirePact('steer'),
    load: (request: FastifyRequest<{ Params: { request: string } }>) =>
      Promise.resolve({
        district: districtOf(request),
        id: request.params.request,
      }),
    page: requestsPage,
    schema: decisionForm,
    act: (request, join, input) => decideJoin(actionContext(request, deps), request.t, join.district, join.id, input),
    done: (_request, { district }, partnerId) =>
      partnerId === null
        ? `/${district.slug}/samenwerken/partners/aanmeldingen?melding=afgewezen`
        : `/${district.slug}/samenwerken/partners/${partnerId}?melding=partner-goedgekeurd`,
    shownOn: (_request, { district }) => `/${district.slug}/samenwerken/partners/aanmeldingen`,
  });
}
