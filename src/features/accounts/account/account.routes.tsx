import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listDistricts } from '../../../platform/geography/geography.repository.ts';
import { requireUser, userOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { meResponse } from './account.schema.ts';
import { accountPage } from './account.views.tsx';

/** The signed-in person's own account: the page, and the same in the API. */
export function accountRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/account', { preHandler: requireUser }, async (request, reply) => {
    const districts = await listDistricts(deps.database.db);
    return sendPage(request, reply, (ctx) => accountPage(ctx, userOf(request).roles, districts));
  });

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/me',
      summary: 'The signed-in user and their roles',
      tag: 'accounts',
      access: 'session',
      response: meResponse,
    },
    (_input, request) => {
      const { id, name, email, roles } = userOf(request);
      return { id, name, email, roles };
    },
  );
}
