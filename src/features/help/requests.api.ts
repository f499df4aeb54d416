import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { requireRole } from '../../platform/http/guards.ts';
import { apiRules, coordinatedRequest, refuse } from './api-helpers.ts';
import {
  candidatesResponse,
  createRequestBody,
  createdResponse,
  districtParams,
  proposeBody,
  proposedResponse,
  requestDetailResponse,
  requestListQuery,
  requestListResponse,
  requestParams,
} from './api.schema.ts';
import { rankedCandidatesFor } from './candidates.repository.ts';
import { proposeVolunteer } from './desk.actions.ts';
import { deskRequests } from './desk.repository.ts';
import { talentKinds } from './help.rules.ts';
import { submitHelpRequest } from './intake.actions.ts';
import { sendProposal } from './notify.ts';
import { reasonText } from './reasons.ts';
import { findRequest, timelineOf, type HelpRequest } from './requests.repository.ts';
import { coordinatorBuurten, districtOf, userIdOf } from './route-helpers.ts';
import { slotsOf } from './time.rules.ts';

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

const tag = 'help';
const coordinator = [requireRole('coordinator')];

/** Open requests of the buurten the coordinator covers; no personal data in the list. */
function listRequests(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/requests',
      summary: 'Open help requests of the buurten the coordinator covers',
      tag,
      params: districtParams,
      query: requestListQuery,
      response: requestListResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const district = districtOf(request);
      const rows = await deskRequests(db, district.id, coordinatorBuurten(request, district.id));
      const wanted = rows.filter((r) => input.query.status === undefined || r.status === input.query.status);
      const full = await Promise.all(wanted.map((r) => findRequest(db, r.id)));
      return full.flatMap((r) => (r === undefined ? [] : [summary(r)]));
    },
  );
}

/** One request with the requester and its timeline; the read is audited. */
function requestDetail(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/requests/{id}',
      summary: 'One help request with the requester and the timeline (the read is audited)',
      tag,
      params: requestParams,
      response: requestDetailResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const r = await coordinatedRequest(db, request, input.params.id);
      await recordAudit(db, {
        at: deps.clock.now().toISOString(),
        actorUserId: userIdOf(request),
        action: 'help.personal_data.read',
        subjectType: 'help_request',
        subjectId: r.id,
        districtId: r.districtId,
        requestId: request.id,
      });
      const timeline = (await timelineOf(db, r.id)).map((s) => ({ at: s.at, step: s.step }));
      return {
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
        timeline,
      };
    },
  );
}

/** A request recorded on a resident's behalf, under the same house rules as every other path. */
function createRequest(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/help/requests',
      summary: 'Record a help request on a resident’s behalf, under the house rules',
      tag,
      params: districtParams,
      body: createRequestBody,
      response: createdResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const district = districtOf(request);
      const b = input.body;
      const intake = {
        ...b,
        districtId: district.id,
        kind: talentKinds[b.talent],
        wishedSlots: slotsOf(b.days, b.parts),
        source: 'api' as const,
        questionId: null,
        createdBy: userIdOf(request),
      };
      const result = await submitHelpRequest(db, intake, deps.clock.now());
      if (!result.ok) return refuse(request, reply, result.rule);
      return { id: result.requestId, status: 'new' as const };
    },
  );
}

/** The ranked candidates for a request, with their reasons in words. */
function requestCandidates(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/requests/{id}/candidates',
      summary: 'Volunteers ranked for a request, with their reasons',
      tag,
      params: requestParams,
      response: candidatesResponse,
      preHandler: coordinator,
    },
    async (input, request) => {
      const r = await coordinatedRequest(db, request, input.params.id);
      const ranked = await rankedCandidatesFor(db, await apiRules(db, request), r);
      return ranked.map((c) => ({
        volunteerId: c.volunteerId,
        name: c.name,
        proximity: c.proximity,
        score: c.score,
        reasons: c.reasons.map((x) => reasonText(request.t, x)),
      }));
    },
  );
}

/** A proposal to one volunteer, who gets the one-time link by e-mail. */
function proposeApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/help/requests/{id}/proposals',
      summary: 'Propose a volunteer; they get an e-mail to accept or decline',
      tag,
      params: requestParams,
      body: proposeBody,
      response: proposedResponse,
      preHandler: coordinator,
    },
    async (input, request, reply) => {
      const r = await coordinatedRequest(db, request, input.params.id);
      const rules = await apiRules(db, request);
      const result = await proposeVolunteer(db, r, rules, input.body.volunteerId, userIdOf(request), deps.clock.now());
      if (!result.ok) return refuse(request, reply, result.rule);
      await sendProposal(deps, request.log, { ...result, rules, districtSlug: districtOf(request).slug });
      return { id: r.id, status: result.request.status, expiresAt: result.expiresAt.toISOString() };
    },
  );
}

/** The JSON API for help requests, for coordinators (issue item 7). */
export function requestsApi(app: FastifyInstance, deps: AppDeps): void {
  listRequests(app, deps);
  requestDetail(app, deps);
  createRequest(app, deps);
  requestCandidates(app, deps);
  proposeApi(app, deps);
}
