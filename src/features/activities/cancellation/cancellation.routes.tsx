import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, userOf } from '../../../platform/http/guards.ts';
import { findActivity } from '../agenda/activities.repository.ts';
import { mayEdit, requireOrganiser } from '../organise/organise.access.ts';
import { cancelActivity } from './cancellation.actions.ts';
import { occurrencesOf } from './cancellation.repository.ts';
import { targetOf } from './cancellation.rules.ts';
import { cancelForm } from './cancellation.schema.ts';
import { cancelActivityPage } from './cancellation.views.tsx';

/** The organiser of an activity, or a coordinator of its district, cancels it or one of its dates. */
export function cancellationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  formRoute(app, {
    path: '/:district/activiteiten/:activity/afgelasten',
    preHandler: requireOrganiser,
    load: async (request: FastifyRequest<{ Params: { activity: string } }>) => {
      const district = districtOf(request);
      const activity = await findActivity(db, district.id, request.params.activity);
      if (activity === undefined) throw new HttpProblem(404);
      if (!mayEdit(userOf(request), district, activity)) throw new HttpProblem(403);
      const now = deps.clock.now().toISOString();
      const coming = (await occurrencesOf(db, activity.id)).filter((o) => o.startsAt > now && o.cancelled === null);
      return { activity, coming };
    },
    page: (_request, data) => (ctx, form) => cancelActivityPage(ctx, data, form),
    schema: cancelForm,
    act: (request, { activity }, input) =>
      cancelActivity(actionContext(request, deps), request.t, districtOf(request), activity.id, {
        target: targetOf(input.what),
        reason: input.reason,
      }),
    done: (request, { activity }) => `/${districtOf(request).slug}/activiteiten/${activity.id}?melding=afgelast`,
  });
}
