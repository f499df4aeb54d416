import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, sendRefusal } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem, requireUser, userOf } from '../../../platform/http/guards.ts';
import { path, tag } from '../agenda/activities.api.ts';
import { activityParams, registrationsResponse } from '../agenda/activities.api.schema.ts';
import { findActivity } from '../agenda/activities.repository.ts';
import { mayEdit } from '../organise/organise.access.ts';
import { registrationsSeenBy } from './registration.actions.ts';

/** Who registered for an activity, for its organiser and the coordinators of the district only; every read is audited. */
export function registrationsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/{activity}/registrations`,
      summary: 'Who registered for an activity: only its organiser and the coordinators of the district (every read is audited)',
      tag,
      params: activityParams,
      response: registrationsResponse,
      preHandler: [requireUser],
    },
    async ({ params }, request, reply) => {
      const district = districtOf(request);
      const activity = await findActivity(db, district.id, params.activity);
      if (activity === undefined) throw new HttpProblem(404);
      if (!mayEdit(userOf(request), district, activity)) throw new HttpProblem(403);
      const seen = await registrationsSeenBy(actionContext(request, deps), district, activity);
      if (!seen.ok) return sendRefusal(request, reply, seen);
      return seen.value.map((r) => ({
        id: r.id,
        startsAt: r.startsAt,
        name: r.name,
        email: r.email,
        phone: r.phone,
        wantsBuddy: r.wantsBuddy,
        status: r.status,
        createdAt: r.createdAt,
      }));
    },
  );
}
