import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, noticeOf, requireRole } from '../../../platform/http/guards.ts';
import { expertForm } from './assessment.schema.ts';
import { setExpertFlag } from './experts.actions.ts';
import { peopleWithExpertFlag } from './experts.repository.ts';
import { expertsPage } from './experts.views.tsx';

/** Administrators say who of the district is an expert by experience (and so may assess places). */
export function expertRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  formRoute(app, {
    path: '/:district/gids/beheer/ervaringsdeskundigen',
    preHandler: requireRole('administrator'),
    load: (request) => Promise.resolve(districtOf(request)),
    page: async (request, district) => {
      const people = await peopleWithExpertFlag(db, district.id);
      const notice = noticeOf(request, 'guide.notice', ['opgeslagen']);
      return (ctx) => expertsPage(ctx, district, people, notice);
    },
    schema: expertForm,
    act: (request, district, input) => setExpertFlag(actionContext(request, deps), district, input),
    done: (_request, district) => `/${district.slug}/gids/beheer/ervaringsdeskundigen?melding=opgeslagen`,
  });
}
