import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { answered, asId, idResponse, yearQuery } from '../shared/pact.schema.ts';
import { meetingFor } from './meeting-records.actions.ts';
import { meetingsOfYear, planMeeting } from './meetings.actions.ts';
import type { MeetingSummary } from './meetings.repository.ts';
import { meetingForm, meetingParams, meetingResponse, yearResponse } from './meetings.schema.ts';

export const tag = 'pact: meetings';
export const path = '/api/v1/districts/{district}/pact/meetings';

function summary(m: MeetingSummary) {
  const { id, kind, theme, title, startsAt, endsAt, status, venue, organizers } = m;
  return { id, kind, theme, title, startsAt, endsAt, status, venue, organizers };
}

export function meetingsApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: "A year's meetings and rhythm warnings",
      tag,
      params: districtParams,
      query: yearQuery,
      response: yearResponse,
    },
    async ({ query }, request) => {
      const ctx = actionContext(request, deps);
      const data = await meetingsOfYear(ctx, districtOf(request), query.year ?? ctx.now.getUTCFullYear());
      return {
        year: data.year,
        meetings: data.meetings.map(summary),
        warnings: data.warnings.map((w) => ({
          code: w.code,
          message: request.t(w.code, {
            kind: request.t(`pact.meeting.kind.${w.kind}`),
            planned: w.planned,
            required: w.required,
            themes: (w.missingThemes ?? []).map((th) => request.t(`pact.theme.${th}`)).join(', '),
          }),
        })),
      };
    },
  );
  apiRoute(
    app,
    {
      method: 'post',
      path,
      summary: 'Plan a meeting at a meeting place of the guide',
      tag,
      params: districtParams,
      body: meetingForm,
      response: idResponse,
      preHandler: [requirePact('coordinate')],
    },
    async ({ body }, request, reply) => {
      return answered(request, reply, await planMeeting(actionContext(request, deps), request.t, districtOf(request), body), asId);
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/{meeting}`,
      summary: 'One meeting; minutes, decisions, actions and attendance for members',
      tag,
      params: meetingParams,
      response: meetingResponse,
    },
    async ({ params }, request) => {
      const access = accessOf(request);
      const data = await meetingFor(actionContext(request, deps), districtOf(request), params.meeting, access);
      if (data === undefined) throw new HttpProblem(404);
      const record = access.work
        ? {
            minutes: data.minutes,
            decisions: data.items.filter((i) => i.kind === 'decision').map((i) => i.text),
            actions: data.actions.map((a) => ({
              id: a.id,
              description: a.description,
              owner: a.ownerName,
              dueOn: a.dueOn,
              status: a.status,
            })),
            attendance: data.attendance,
          }
        : {};
      return {
        ...summary(data.meeting),
        description: data.meeting.description,
        agenda: data.items.filter((i) => i.kind === 'agenda').map((i) => i.text),
        ...record,
      };
    },
  );
}
