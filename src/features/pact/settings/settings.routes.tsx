import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, noticeOf, requireRole } from '../../../platform/http/guards.ts';
import { loadDistrict } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { changeSettings } from './settings.actions.ts';
import { settingsOf } from './settings.repository.ts';
import { settingsForm } from './settings.schema.ts';
import { settingsPage } from './settings.views.tsx';

/** Administrators set each district's pact: its name and whether it follows the wijkpact or Thuis in je Wijk. */
export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  formRoute(app, {
    path: '/:district/samenwerken/instellingen',
    preHandler: requireRole('administrator'),
    load: loadDistrict,
    defaults: async (_request, district) => {
      const current = await settingsOf(deps.database.db, district.id);
      return { pactName: current.pactName ?? '', programme: current.programme };
    },
    page: (request) => (ctx, form) => settingsPage(ctx, form, noticeOf(request, 'pact.notice', ['instellingen-opgeslagen'])),
    schema: settingsForm,
    act: (request, district, input) => changeSettings(actionContext(request, deps), district, input),
    done: (_request, district) => `/${district.slug}/samenwerken/instellingen?melding=instellingen-opgeslagen`,
  });
  apiRoute(
    app,
    {
      method: 'put',
      path: '/api/v1/districts/{district}/pact/settings',
      summary: "Set the district's pact name and programme (administrators)",
      tag: 'pact: settings',
      params: districtParams,
      body: settingsForm,
      response: idResponse,
      preHandler: [requireRole('administrator')],
    },
    async ({ body }, request, reply) => {
      return answered(request, reply, await changeSettings(actionContext(request, deps), districtOf(request), body), asId);
    },
  );
}
