import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { actionContext } from '../../../platform/actions/action.ts';
import { cooperativeOf } from '../shared/access.ts';
import { openSurveys } from '../surveys/surveys.actions.ts';
import { homePage } from './home.views.tsx';

export function homeRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:district/cooperatie', async (request, reply) => {
    const { cooperative, district } = await cooperativeOf(deps, request);
    const surveys = await openSurveys(actionContext(request, deps), district);
    return sendPage(request, reply, (ctx) => homePage(ctx, cooperative, surveys));
  });
}
