import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { hasRole } from '../../../platform/auth/roles.rules.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { contactPointOfDistrict } from '../../guide/index.ts';
import { changeNetwork } from './networks.actions.ts';
import { networksOfDistrict } from './networks.repository.ts';
import { networkForm } from './networks.schema.ts';
import { networkEditPage, networksPage, networksPath } from './networks.views.tsx';

type BuurtRequest = FastifyRequest<{ Params: { district: string; buurt: string } }>;

/** Seed 004's table of buurt networks: shown to everyone, kept by the district's coordinators. */
export function networkRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/buurtnetwerken', async (request, reply) => {
    const district = districtOf(request);
    const data = {
      district,
      networks: await networksOfDistrict(db, district.id),
      point: await contactPointOfDistrict(db, district.id),
      canEdit: request.user !== null && hasRole(request.user.roles, ['coordinator', 'administrator'], { districtId: district.id }),
      now: deps.clock.now(),
      notice: noticeOf(request, 'portal.notice', ['netwerk-opgeslagen']),
    };
    return sendPage(request, reply, (ctx) => networksPage(ctx, data));
  });

  formRoute(app, {
    path: '/:district/buurtnetwerken/:buurt/wijzigen',
    preHandler: requireRole('coordinator', 'administrator'),
    async load(request) {
      const district = districtOf(request);
      const buurt = await findBuurt(db, district.id, (request as BuurtRequest).params.buurt);
      if (buurt === undefined) throw new HttpProblem(404);
      const network = (await networksOfDistrict(db, district.id)).find((n) => n.buurtId === buurt.id);
      return { district, buurt, network };
    },
    defaults: (_request, { network }) => ({ name: network?.name ?? '', availability: network?.availability ?? '' }),
    page:
      (_request, { district, buurt, network }) =>
      (ctx, form) =>
        networkEditPage(ctx, form, { district, buurt, assistant: network?.assistant?.name ?? null }),
    schema: networkForm,
    act: (request, { district, buurt }, input) => changeNetwork(actionContext(request, deps), district, buurt, input),
    done: (_request, { district }) => networksPath(district, '?melding=netwerk-opgeslagen'),
  });
}
