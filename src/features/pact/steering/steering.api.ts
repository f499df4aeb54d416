import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams, sendRefusal } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { addMember, endMember, makeChairSchedule, steeringGroup } from './steering.actions.ts';
import { listChairTerms } from './steering.repository.ts';
import { memberForm, memberParams, scheduleForm, steeringResponse } from './steering.schema.ts';

const tag = 'pact: steering group';
const path = '/api/v1/districts/{district}/pact/steering-group';

export function steeringApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Members, open seats and chair schedule of the steering group',
      tag,
      params: districtParams,
      response: steeringResponse,
    },
    async (_i, request) => {
      const data = await steeringGroup(actionContext(request, deps), districtOf(request));
      return {
        members: data.members.map((m) => ({
          id: m.id,
          seat: m.seat,
          name: m.name,
          organization: m.organizationName,
          joinedOn: m.joinedOn,
          leftOn: m.leftOn,
        })),
        maxMembers: data.maxMembers,
        openSeats: data.openSeats,
        chairSchedule: data.terms,
      };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/members`,
      summary: 'Add a member (at most 8, seats per the pact)',
      errors: [409],
      tag,
      params: districtParams,
      body: memberForm,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ body }, request, reply) => {
      return answered(request, reply, await addMember(actionContext(request, deps), districtOf(request), body), asId);
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/members/{member}/end`,
      summary: 'End a membership today',
      tag,
      params: memberParams,
      response: idResponse,
      preHandler: [requirePact('steer')],
    },
    async ({ params }, request) => {
      const outcome = await endMember(actionContext(request, deps), districtOf(request), params.member);
      if (!outcome.ok) throw new HttpProblem(404);
      return { id: outcome.value };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/chair-schedule`,
      summary: 'Make the rotating chair schedule from a half year on',
      tag,
      params: districtParams,
      body: scheduleForm,
      response: steeringResponse.pick({ chairSchedule: true }),
      preHandler: [requirePact('steer')],
    },
    async ({ body }, request, reply) => {
      const district = districtOf(request);
      const outcome = await makeChairSchedule(actionContext(request, deps), district, body);
      if (!outcome.ok) return sendRefusal(request, reply, outcome);
      return { chairSchedule: await listChairTerms(deps.database.db, district.id) };
    },
  );
}
