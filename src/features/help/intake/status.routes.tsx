import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { hashToken, looksLikeToken } from '../../../platform/auth/tokens.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { rulesForRequest } from '../house-rules/rules.access.ts';
import { timelineOf } from '../lifecycle/events.repository.ts';
import { findRequestByStatusToken } from '../lifecycle/requests.repository.ts';
import { withdrawByRequester } from '../lifecycle/withdraw.actions.ts';
import { buurtOfDistrict } from '../shared/places.repository.ts';
import { statusPage } from './status.views.tsx';

type TokenRequest = FastifyRequest<{
  Params: { district: string; token: string };
  Querystring: { nieuw?: string; gemaild?: string; melding?: string };
}>;

/** The requester's own page behind their personal link, and withdrawing the request there. */
export function statusRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const pathOf = (request: TokenRequest) => `/${districtOf(request).slug}/hulp/status/${request.params.token}`;

  async function byToken(request: TokenRequest) {
    const district = districtOf(request);
    const found = looksLikeToken(request.params.token) ? await findRequestByStatusToken(db, hashToken(request.params.token)) : undefined;
    if (found?.request.districtId !== district.id) throw new HttpProblem(404);
    if (deps.clock.now().getTime() >= Date.parse(found.expiresAt)) throw new HttpProblem(410);
    return { help: found.request, rules: await rulesForRequest(db, found.request) };
  }

  app.get('/:district/hulp/status/:token', async (request: TokenRequest, reply) => {
    const { help, rules } = await byToken(request);
    const buurt = await buurtOfDistrict(db, help.districtId, help.buurtId);
    const notice = request.query.nieuw === '1' ? 'new' : request.query.melding === 'ingetrokken' ? 'withdrawn' : null;
    const data = {
      path: pathOf(request),
      request: help,
      buurtName: buurt?.name ?? '',
      steps: await timelineOf(db, help.id),
      rules,
      notice,
      mailed: request.query.gemaild === '1',
      now: deps.clock.now(),
    } as const;
    return sendPage(request, reply, (ctx) => statusPage(ctx, data));
  });

  app.post('/:district/hulp/status/:token/intrekken', async (request: TokenRequest, reply) => {
    const { help, rules } = await byToken(request);
    const outcome = await withdrawByRequester(actionContext(request, deps), help.id, rules);
    // Already withdrawn, or moved on meanwhile: the status page shows where it stands.
    return reply.redirect(outcome.ok ? `${pathOf(request)}?melding=ingetrokken` : pathOf(request), 303);
  });
}
