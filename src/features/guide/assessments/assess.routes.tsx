import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, requireUser, userOf } from '../../../platform/http/guards.ts';
import { isEntryId } from '../model/ids.ts';
import { localMoment } from '../model/schedule.rules.ts';
import { assessPlace } from './assess.actions.ts';
import { assessPage } from './assess.views.tsx';
import { assessmentForm } from './assessment.schema.ts';
import { placeOfDistrict } from './assessments.repository.ts';
import { isExpert } from './experts.repository.ts';

/** An expert by experience assesses a place of their district; nobody else may. */
export function assessRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function placeFor(request: FastifyRequest) {
    const district = districtOf(request);
    if (!(await isExpert(db, userOf(request).id, district.id))) throw new HttpProblem(403);
    const { id } = request.params as { id: string };
    const place = isEntryId(id) ? await placeOfDistrict(db, district.id, id) : undefined;
    if (place === undefined) throw new HttpProblem(404);
    return { district, place };
  }

  formRoute(app, {
    path: '/:district/gids/plekken/:id/beoordelen',
    preHandler: requireUser,
    load: placeFor,
    defaults: () => ({ assessedOn: localMoment(deps.clock.now()).date }),
    page:
      (_request, { district, place }) =>
      (ctx, form) =>
        assessPage(ctx, district, place, form),
    schema: assessmentForm,
    act: (request, { district, place }, input) => assessPlace(actionContext(request, deps), district, place, input),
    done: (_request, { district, place }) => `/${district.slug}/gids/plekken/${place.id}`,
  });
}
