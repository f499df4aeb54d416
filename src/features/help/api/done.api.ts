import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { rolesWith } from '../../../platform/auth/rights.rules.ts';
import { districtOf, HttpProblem, requireRole, userOf } from '../../../platform/http/guards.ts';
import { coordinates } from '../desk/coordinator.rules.ts';
import { rulesForRequest } from '../house-rules/rules.access.ts';
import { findRequest } from '../lifecycle/requests.repository.ts';
import { reportDone } from '../volunteers/report.actions.ts';
import { findVolunteerOfUser } from '../volunteers/volunteers.repository.ts';
import { sendRule } from './api.refusal.ts';
import { doneBody, doneResponse, requestParams } from './api.schema.ts';

/** The help is done, reported by the matched volunteer or a coordinator of the buurt. */
export function doneApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/help/requests/{id}/done',
      summary: 'Report the help as done: minutes, and for an odd job whether the fee was paid',
      tag: 'help',
      params: requestParams,
      body: doneBody,
      response: doneResponse,
      preHandler: [requireRole('volunteer', ...rolesWith('help.desk'))],
    },
    async (input, request, reply) => {
      const district = districtOf(request);
      const help = await findRequest(db, input.params.id);
      if (help?.districtId !== district.id) throw new HttpProblem(404);
      const own = await findVolunteerOfUser(db, district.id, userOf(request).id);
      if (!(coordinates(request.user, district.id, help.buurtId, help.kind) || (own !== undefined && help.volunteerId === own.id)))
        throw new HttpProblem(403);
      const outcome = await reportDone(actionContext(request, deps), help, await rulesForRequest(db, help), input.body);
      if (!outcome.ok) return sendRule(request, reply, outcome);
      return { id: help.id, status: outcome.value.status, feeCents: outcome.value.feeCents ?? 0 };
    },
  );
}
