import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { apiRoute } from '../../platform/api/openapi.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { recordSteps } from './meeting-records.service.ts';
import { meetingPageData, yearData } from './meetings.data.ts';
import { listMeetings, type MeetingSummary } from './meetings.repository.ts';
import {
  actionForm,
  actionParams,
  actionStatusForm,
  attendanceForm,
  invitedResponse,
  itemForm,
  meetingForm,
  meetingParams,
  meetingResponse,
  recordForm,
  yearResponse,
} from './meetings.schema.ts';
import { changeMeeting, planMeeting, sendInvitations } from './meetings.service.ts';
import { accessOf, apiRefusal, districtOf, requirePact } from './pact.http.ts';
import { districtParams, idResponse, yearQuery } from './partners.schema.ts';

const tag = 'pact: meetings';
const path = '/api/v1/districts/{district}/pact/meetings';

function summary(m: MeetingSummary) {
  const { id, kind, theme, title, startsAt, endsAt, status, venue, organizers } = m;
  return { id, kind, theme, title, startsAt, endsAt, status, venue, organizers };
}

async function meetingOf(deps: AppDeps, request: FastifyRequest, id: string): Promise<MeetingSummary> {
  const [meeting] = await listMeetings(deps.database.db, districtOf(request).id, { id });
  if (meeting === undefined) throw new HttpProblem(404);
  return meeting;
}

export function meetingsApi(app: FastifyInstance, deps: AppDeps): void {
  meetingRecordsApi(app, deps);
  const coordinate = [requirePact('coordinate')];
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
      const data = await yearData(deps, districtOf(request), query.year ?? deps.clock.now().getUTCFullYear());
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
      preHandler: coordinate,
    },
    async ({ body }, request, reply) => {
      const outcome = await planMeeting(deps, request, districtOf(request), body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors);
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
      const data = await meetingPageData(deps, districtOf(request), params.meeting, access);
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

function meetingRecordsApi(app: FastifyInstance, deps: AppDeps): void {
  const coordinate = [requirePact('coordinate')];
  apiRoute(
    app,
    {
      method: 'put',
      path: `${path}/{meeting}`,
      summary: 'Change date, venue, co-organisers or description (raises the .ics SEQUENCE)',
      tag,
      params: meetingParams,
      body: meetingForm,
      response: idResponse,
      preHandler: coordinate,
    },
    async ({ params, body }, request, reply) => {
      const meeting = await meetingOf(deps, request, params.meeting);
      const outcome = await changeMeeting(deps, request, districtOf(request), meeting.id, body);
      return outcome.ok ? { id: outcome.value } : apiRefusal(request, reply, outcome.errors);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/{meeting}/invitations`,
      summary: 'E-mail the invitation with an .ics attachment',
      tag,
      params: meetingParams,
      response: invitedResponse,
      preHandler: coordinate,
    },
    async ({ params }, request) => {
      const meeting = await meetingOf(deps, request, params.meeting);
      return { sent: await sendInvitations(deps, request, districtOf(request), meeting) };
    },
  );
  recordApi(app, deps, `${path}/{meeting}/items`, 'Add an agenda item or a decision', itemForm, recordSteps.item);
  recordApi(app, deps, `${path}/{meeting}/record`, 'Set the status and minutes', recordForm, recordSteps.record);
  recordApi(app, deps, `${path}/{meeting}/actions`, 'Add an action item (owner, due date)', actionForm, recordSteps.action);
  recordApi(app, deps, `${path}/{meeting}/attendance`, 'Record which partners attended', attendanceForm, recordSteps.attendance);
  apiRoute(
    app,
    {
      method: 'post',
      path: `${path}/{meeting}/actions/{action}`,
      summary: 'Change the status of an action item',
      tag,
      params: actionParams,
      body: actionStatusForm,
      response: idResponse,
      preHandler: coordinate,
    },
    async ({ params, body }, request) => {
      const meeting = await meetingOf(deps, request, params.meeting);
      await recordSteps.actionStatus(deps, { districtId: districtOf(request).id, meetingId: meeting.id, actionId: params.action }, body);
      return { id: params.action };
    },
  );
}

function recordApi<S extends z.ZodType>(
  app: FastifyInstance,
  deps: AppDeps,
  route: string,
  title: string,
  body: S,
  step: (
    deps: AppDeps,
    target: { districtId: string; meetingId: string },
    data: z.output<S>,
  ) => Promise<Record<string, { code: string }> | null>,
) {
  apiRoute(
    app,
    {
      method: 'post',
      path: route,
      summary: title,
      tag,
      params: meetingParams,
      body,
      response: idResponse,
      preHandler: [requirePact('coordinate')],
    },
    async (input, request, reply) => {
      const meeting = await meetingOf(deps, request, (input.params as { meeting: string }).meeting);
      const problem = await step(deps, { districtId: districtOf(request).id, meetingId: meeting.id }, input.body);
      return problem === null ? { id: meeting.id } : apiRefusal(request, reply, problem);
    },
  );
}
