import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { cooperativeOf } from '../shared/access.ts';
import { homePage } from './home.views.tsx';

export function homeRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/cooperatie', async (request, reply) => {
    const { cooperative } = await cooperativeOf(deps, request);
    return sendPage(request, reply, (ctx) => homePage(ctx, cooperative));
  });
}
