import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem, requireRight, requireRole, userOf } from '../../../platform/http/guards.ts';
import { rulesOr404 } from '../house-rules/rules.access.ts';
import { slotsOf } from '../shared/time.rules.ts';
import { hoursPerYear } from '../volunteers/hours.rules.ts';
import { saveProfile } from '../volunteers/profile.actions.ts';
import { servicesOfVolunteer } from '../volunteers/services.repository.ts';
import { volunteersSeenBy } from '../volunteers/team.actions.ts';
import { findVolunteerOfUser, type Volunteer } from '../volunteers/volunteers.repository.ts';
import { sendRule } from './api.refusal.ts';
import { myProfileResponse, profileBody, rulesResponse, volunteersResponse } from './api.schema.ts';

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

/** The JSON API for the house rules (public) and for volunteers: the coordinator's list, and one's own profile. */
export function volunteersApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const path = '/api/v1/districts/{district}/help/volunteers';
  const volunteer = [requireRole('volunteer')];

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
      const rules = await rulesOr404(db, districtOf(request).id);
      return { ...rules, liabilityNotice: request.t('help.liability', { cooperative: rules.cooperativeName }) };
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Volunteers in the buurten the coordinator covers (never their street), 50 per page by name',
      tag,
      params: districtParams,
      query: z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) }),
      response: volunteersResponse,
      preHandler: [requireRight('help.team')],
    },
    async ({ query }, request) =>
      (await volunteersSeenBy(actionContext(request, deps), districtOf(request), query.page)).volunteers.map(publicView),
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/me`,
      summary: 'The signed-in volunteer’s own profile and hours per year',
      tag,
      params: districtParams,
      response: myProfileResponse,
      preHandler: volunteer,
    },
    async (_input, request) => me(db, districtOf(request).id, userOf(request).id),
  );

  apiRoute(
    app,
    {
      method: 'put',
      path: `${path}/me`,
      summary: 'Create or change the signed-in volunteer’s own profile',
      tag,
      params: districtParams,
      body: profileBody,
      response: myProfileResponse,
      preHandler: volunteer,
    },
    async (input, request, reply) => {
      const district = districtOf(request);
      const profile = { ...input.body, availability: slotsOf(input.body.days, input.body.parts) };
      const outcome = await saveProfile(actionContext(request, deps), district, userOf(request).id, profile);
      if (!outcome.ok) return sendRule(request, reply, outcome);
      return me(db, district.id, userOf(request).id);
    },
  );
}
