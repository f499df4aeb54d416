import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { actionContext, type ActionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { requirePact } from '../shared/access.ts';
import { answered, asId, idResponse } from '../shared/pact.schema.ts';
import { sendInvitations } from './invitations.actions.ts';
import { changeActionStatus, recordMeeting, type RecordTarget } from './meeting-records.actions.ts';
import { actionForm, actionStatusForm, attendanceForm, itemForm, recordForm } from './meeting-records.schema.ts';
import { changeMeeting } from './meetings.actions.ts';
import { path, tag } from './meetings.api.ts';
import { listMeetings, type MeetingSummary } from './meetings.repository.ts';
import { actionParams, invitedResponse, meetingForm, meetingParams } from './meetings.schema.ts';

const coordinate = [requirePact('coordinate')];

async function meetingOf(deps: AppDeps, request: FastifyRequest, id: string): Promise<MeetingSummary> {
  const [meeting] = await listMeetings(deps.database.db, districtOf(request).id, { id });
  if (meeting === undefined) throw new HttpProblem(404);
  return meeting;
}

/** Changing a meeting, inviting to it and keeping its record, through the API. */
export function meetingRecordsApi(app: FastifyInstance, deps: AppDeps): void {
  meetingChangesApi(app, deps);

  function recordApi<S extends z.ZodType>(
    segment: string,
    title: string,
    body: S,
    act: (ctx: ActionContext, target: RecordTarget, input: z.output<S>) => Promise<Outcome<string>>,
  ) {
    apiRoute(
      app,
      {
        method: 'post',
        path: `${path}/{meeting}/${segment}`,
        summary: title,
        tag,
        params: meetingParams,
        body,
        response: idResponse,
        preHandler: coordinate,
      },
      async (input, request, reply) => {
        const meeting = await meetingOf(deps, request, (input.params as { meeting: string }).meeting);
        const outcome = await act(actionContext(request, deps), { district: districtOf(request), meetingId: meeting.id }, input.body);
        return answered(request, reply, outcome, () => asId(meeting.id));
      },
    );
  }
  recordApi('items', 'Add an agenda item or a decision', itemForm, recordMeeting.item);
  recordApi('record', 'Set the status and minutes', recordForm, recordMeeting.record);
  recordApi('actions', 'Add an action item (owner, due date)', actionForm, recordMeeting.action);
  recordApi('attendance', 'Record which partners attended', attendanceForm, recordMeeting.attendance);

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
      const outcome = await changeActionStatus(
        actionContext(request, deps),
        { district: districtOf(request), meetingId: meeting.id },
        params.action,
        body,
      );
      if (!outcome.ok) throw new HttpProblem(404);
      return { id: params.action };
    },
  );
}

function meetingChangesApi(app: FastifyInstance, deps: AppDeps): void {
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
      return answered(
        request,
        reply,
        await changeMeeting(actionContext(request, deps), request.t, districtOf(request), meeting.id, body),
        asId,
      );
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
    async ({ params }, request, reply) => {
      const meeting = await meetingOf(deps, request, params.meeting);
      return answered(
        request,
        reply,
        await sendInvitations(actionContext(request, deps), request, districtOf(request), meeting),
        (sent) => ({ sent }),
      );
    },
  );
}
