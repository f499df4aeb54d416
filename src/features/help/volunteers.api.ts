import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import { apiRules, refuse } from './api-helpers.ts';
import {
  districtParams,
  doneBody,
  doneResponse,
  myProfileResponse,
  profileBody,
  requestParams,
  rulesResponse,
  volunteersResponse,
} from './api.schema.ts';
import { reportDone } from './desk.actions.ts';
import { buurtOfDistrict } from './places.repository.ts';
import { findRequest } from './requests.repository.ts';
import { coordinates, districtOf, userIdOf, volunteersSeenBy } from './route-helpers.ts';
import { hoursPerYear, servicesOfVolunteer } from './services.repository.ts';
import { slotsOf } from './time.rules.ts';
import { findVolunteerOfUser, saveVolunteerProfile, type Volunteer } from './volunteers.repository.ts';

const publicView = (v: Volunteer) => ({
  id: v.id,
  name: v.name,
  buurtId: v.buurtId,
  talents: v.talents,
  availability: v.availability,
  reach: v.reach,
  active: v.active,
  vogOnFile: v.vogOnFile,
});

const tag = 'help';

/** The signed-in volunteer's own profile, with the street only they see. */
async function me(db: DbOrTx, districtId: string, userId: string) {
  const own = await findVolunteerOfUser(db, districtId, userId);
  if (own === undefined) throw new HttpProblem(404);
  return {
    ...publicView(own),
    street: own.street,
    talentNote: own.talentNote,
    hoursPerYear: hoursPerYear(await servicesOfVolunteer(db, own.id)),
  };
}

/** The house rules, public: anyone may read them. */
function rulesApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/rules',
      summary: 'The house rules of the district’s cooperative',
      tag,
      params: districtParams,
      response: rulesResponse,
    },
    async (_input, request) => {
      const rules = await apiRules(db, request);
      return { ...rules, liabilityNotice: request.t('help.liability', { cooperative: rules.cooperativeName }) };
    },
  );
}

/** Volunteers of the buurten the coordinator covers; the read is audited. */
function volunteerListApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/volunteers',
      summary: 'Volunteers in the buurten the coordinator covers (never their street)',
      tag,
      params: districtParams,
      response: volunteersResponse,
      preHandler: [requireRole('coordinator')],
    },
    async (_input, request) => {
      const list = await volunteersSeenBy(db, request, districtOf(request).id, deps.clock.now());
      return list.map(publicView);
    },
  );
}

/** The volunteer reads and changes their own profile. */
function myProfileApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/help/volunteers/me',
      summary: 'The signed-in volunteer’s own profile and hours per year',
      tag,
      params: districtParams,
      response: myProfileResponse,
      preHandler: [requireRole('volunteer')],
    },
    async (_input, request) => me(db, districtOf(request).id, userIdOf(request)),
  );

  apiRoute(
    app,
    {
      method: 'put',
      path: '/api/v1/districts/{district}/help/volunteers/me',
      summary: 'Create or change the signed-in volunteer’s own profile',
      tag,
      params: districtParams,
      body: profileBody,
      response: myProfileResponse,
      preHandler: [requireRole('volunteer')],
    },
    async (input, request, reply) => {
      const district = districtOf(request);
      const b = input.body;
      if ((await buurtOfDistrict(db, district.id, b.buurtId)) === undefined) return refuse(request, reply, 'help.refusal.unknownBuurt');
      const profile = { ...b, availability: slotsOf(b.days, b.parts) };
      await db
        .transaction()
        .execute((trx) =>
          saveVolunteerProfile(trx, { districtId: district.id, userId: userIdOf(request) }, profile, deps.clock.now().toISOString()),
        );
      return me(db, district.id, userIdOf(request));
    },
  );
}

/** The help is done, reported by the matched volunteer or a coordinator of the buurt. */
function doneApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/districts/{district}/help/requests/{id}/done',
      summary: 'Report the help as done: minutes, and for an odd job whether the fee was paid',
      tag,
      params: requestParams,
      body: doneBody,
      response: doneResponse,
      preHandler: [requireRole('volunteer', 'coordinator')],
    },
    async (input, request, reply) => {
      const district = districtOf(request);
      const help = await findRequest(db, input.params.id);
      if (help?.districtId !== district.id) throw new HttpProblem(404);
      const own = await findVolunteerOfUser(db, district.id, userIdOf(request));
      if (!(coordinates(request, district.id, help.buurtId) || (own !== undefined && help.volunteerId === own.id)))
        throw new HttpProblem(403);
      const result = await reportDone(db, help, await apiRules(db, request), input.body, userIdOf(request), deps.clock.now());
      if (!result.ok) return refuse(request, reply, result.rule);
      return { id: help.id, status: result.request.status, feeCents: result.request.feeCents ?? 0 };
    },
  );
}

/** The JSON API for volunteers and for the house rules (issue item 7). */
export function volunteersApi(app: FastifyInstance, deps: AppDeps): void {
  rulesApi(app, deps);
  volunteerListApi(app, deps);
  myProfileApi(app, deps);
  doneApi(app, deps);
}
