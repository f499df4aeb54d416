import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { tijwAdditions } from './tijw.actions.ts';
import { tijwOf } from './tijw.repository.ts';
import { tijwDistrict } from './tijw.routes.tsx';
import { checkCriteria, isEligible, type TijwPart } from './tijw.rules.ts';
import { tijwResponse } from './tijw.schema.ts';

const tag = 'pact: Thuis in je Wijk';
const path = '/api/v1/districts/{district}/pact/thuis-in-je-wijk';

const additions: [TijwPart, string, string][] = [
  ['kernteam', 'core-team', 'Add a core team member or the quartermaster'],
  ['actie', 'action-plan', 'Add an action serving one or more of the five goals'],
  ['werkgroep', 'workgroups', 'Add a work group'],
  ['longlist', 'longlist', 'Add an activity to the research longlist'],
];

export function tijwApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Core team, action plan, work groups and the research longlist with its four criteria',
      tag,
      params: districtParams,
      response: tijwResponse,
    },
    async (_i, request) => {
      const data = await tijwOf(deps.database.db, (await tijwDistrict(deps, request)).id);
      return {
        coreTeam: data.team,
        actionPlan: data.actions,
        workgroups: data.groups,
        longlist: data.longlist.map(({ newWayOfWorking, partnersFromSeveralTracks, ...rest }) => {
          const item = { ...rest, newWayOfWorking, partnersFromSeveralTracks };
          return { ...rest, criteria: checkCriteria(item), eligible: isEligible(item) };
        }),
      };
    },
  );
  for (const [part, segment, summary] of additions) {
    const { schema, add } = tijwAdditions[part];
    apiRoute(
      app,
      {
        method: 'post',
        path: `${path}/${segment}`,
        summary,
        tag,
        params: districtParams,
        body: schema,
        response: idResponse,
        preHandler: [requirePact('actionPlan')],
      },
      async ({ body }, request, reply) => {
        return answered(request, reply, await add(actionContext(request, deps), await tijwDistrict(deps, request), body), asId);
      },
    );
  }
}
