import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, requireRight } from '../../../platform/http/guards.ts';
import { coordinatedKinds, coordinatorBuurten } from '../desk/coordinator.rules.ts';
import { coordinatedRequest } from '../desk/desk.access.ts';
import { deskRequests } from '../desk/desk.repository.ts';
import { recordThroughApi } from '../intake/intake.actions.ts';
import { timelineOf } from '../lifecycle/events.repository.ts';
import { recordRequesterRead } from '../lifecycle/reads.actions.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { talentKinds } from '../shared/talents.rules.ts';
import { slotsOf } from '../shared/time.rules.ts';
import { sendRule } from './api.refusal.ts';
import {
  createRequestBody,
  createdResponse,
  requestDetailResponse,
  requestListQuery,
  requestListResponse,
  requestParams,
} from './api.schema.ts';

const summary = (r: HelpRequest) => ({
  id: r.id,
  status: r.status,
  kind: r.kind,
  talent: r.talent,
  what: r.what,
  buurtId: r.buurtId,
  createdAt: r.createdAt,
  feedbackDueAt: r.feedbackDueAt,
  heardBackAt: r.heardBackAt,
});

const detail = (r: HelpRequest) => ({
  ...summary(r),
  frequency: r.frequency,
  estimatedMinutes: r.estimatedMinutes,
  wishedSlots: r.wishedSlots,
  wishedTime: r.wishedTime,
  meetingPlaceId: r.meetingPlaceId,
  requester: { name: r.requesterName, phone: r.phone, email: r.email, street: r.street },
  networkAnswer: r.networkAnswer,
  volunteerId: r.volunteerId,
  feeRateCents: r.feeRateCents,
  minutesDone: r.minutesDone,
  feeCents: r.feeCents,
  feePaid: r.feePaid,
});

const tag = 'help';
const coordinator = [requireRight('help.desk')];

/** The JSON API for help requests, for coordinators: the list, one request, and recording one. */
export function requestsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const path = '/api/v1/districts/{district}/help/requests';

  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Open help requests of the buurten the coordinator covers',
      tag,
      params: districtParams,
      query: requestListQuery,
      response: requestListResponse,
      preHandler: coordinator,
    },
    // No personal data in the list.
    async (input, request) => {
      const district = districtOf(request);
      const rows = await deskRequests(
        db,
        district.id,
        coordinatorBuurten(request.user, district.id),
        coordinatedKinds(request.user, district.id),
      );
      const wanted = rows.filter((r) => input.query.status === undefined || r.status === input.query.status);
      const full = await Promise.all(wanted.map((r) => findRequest(db, r.id)));
      return full.flatMap((r) => (r === undefined ? [] : [summary(r)]));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/{id}`,
      summary: 'One help request with the requester and the timeline (the read is audited)',
      tag,
      params: requestParams,
      response: requestDetailResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const r = await coordinatedRequest(db, request, input.params.id);
      await recordRequesterRead(actionContext(request, deps), r);
      const timeline = (await timelineOf(db, r.id)).map((s) => ({ at: s.at, step: s.step }));
      return { ...detail(r), timeline };
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path,
      summary: 'Record a help request on a resident’s behalf, under the house rules',
      tag,
      params: districtParams,
      body: createRequestBody,
      response: createdResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const b = input.body;
      const intake = {
        ...b,
        districtId: districtOf(request).id,
        kind: talentKinds[b.talent],
        wishedSlots: slotsOf(b.days, b.parts),
        source: 'api' as const,
        questionId: null,
        createdBy: request.user?.id ?? null,
      };
      const outcome = await recordThroughApi(actionContext(request, deps), intake);
      if (!outcome.ok) return sendRule(request, reply, outcome);
      return { id: outcome.value, status: 'new' as const };
    },
  );
}
