import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, noticeOf, requireRight } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { markHandled, poolInvitationsSeenBy } from './pool.actions.ts';
import { poolPage } from './pool.views.tsx';

/** Residents who would like to contribute (from a recorded conversation), for those who keep the volunteers. */
export function poolRoutes(app: FastifyInstance, deps: AppDeps): void {
  const keeper = requireRight('help.team');

  async function open(request: FastifyRequest) {
    const seen = await poolInvitationsSeenBy(actionContext(request, deps), districtOf(request));
    return seen.ok ? seen.value : [];
  }

  app.get('/:district/hulp/bijdragen', { preHandler: keeper }, async (request, reply) => {
    const list = await open(request);
    const notice = noticeOf(request, 'help.pool.notice', ['afgehandeld']);
    return sendPage(request, reply, (ctx) => poolPage(ctx, list, emptyForm, notice));
  });

  formRoute(app, {
    path: '/:district/hulp/bijdragen/:id/afgehandeld',
    preHandler: keeper,
    load: (request): Promise<{ district: District; id: string }> =>
      Promise.resolve({ district: districtOf(request), id: (request.params as { id: string }).id }),
    shownOn: (_request, { district }) => `/${district.slug}/hulp/bijdragen`,
    page: async (request) => {
      const list = await open(request);
      return (ctx, form) => poolPage(ctx, list, form, undefined);
    },
    schema: z.object({}),
    act: (request, { district, id }) => markHandled(actionContext(request, deps), district, id),
    done: (_request, { district }) => `/${district.slug}/hulp/bijdragen?melding=afgehandeld`,
  });
}
