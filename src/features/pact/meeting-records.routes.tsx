import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import type { FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { meetingPageData } from './meetings.data.ts';
import { meetingPage } from './meeting.views.tsx';
import { recordSteps } from './meeting-records.service.ts';
import { listMeetings } from './meetings.repository.ts';
import { actionForm, actionStatusForm, attendanceForm, itemForm, recordForm } from './meetings.schema.ts';
import { accessOf, districtOf, noticeOf, requirePact } from './pact.http.ts';

type Req = FastifyRequest<{
  Params: { district: string; meeting?: string; action?: string };
  Querystring: { jaar?: string; melding?: string };
}>;

export const meetingNotices = [
  'gepland',
  'uitgenodigd',
  'punt-toegevoegd',
  'verslag-opgeslagen',
  'actie-toegevoegd',
  'actie-klaar',
  'aanwezigheid-opgeslagen',
];

export async function renderMeeting(deps: AppDeps, request: Req, reply: FastifyReply, form: FormState, status = 200) {
  const data = await meetingPageData(deps, districtOf(request), request.params.meeting ?? '', accessOf(request));
  if (data === undefined) throw new HttpProblem(404);
  return sendPage(request, reply, (ctx) => meetingPage(ctx, { ...data, notice: noticeOf(request, meetingNotices) }, form), status);
}

/** Minutes, decisions, action items and attendance of a meeting, kept by the coordinator. */
export function meetingRecordRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinate = { preHandler: requirePact('coordinate') };

  function handle<S extends z.ZodType>(
    path: string,
    notice: string,
    schema: S,
    step: (
      deps: AppDeps,
      target: { districtId: string; meetingId: string; actionId?: string },
      data: z.output<S>,
    ) => Promise<FieldErrors | null>,
  ) {
    app.post(`/:district/samenwerken/bijeenkomsten/:meeting/${path}`, coordinate, async (request: Req, reply) => {
      const district = districtOf(request);
      const [meeting] = await listMeetings(db, district.id, { id: request.params.meeting ?? '' });
      if (meeting === undefined) throw new HttpProblem(404);
      const form = parseForm(schema, request.body);
      if (!form.ok) return renderMeeting(deps, request, reply, form, 422);
      const problem = await step(deps, { districtId: district.id, meetingId: meeting.id, actionId: request.params.action }, form.data);
      if (problem !== null) return renderMeeting(deps, request, reply, { values: form.values, errors: problem }, 422);
      return reply.redirect(`/${district.slug}/samenwerken/bijeenkomsten/${meeting.id}?melding=${notice}`, 303);
    });
  }

  handle('punten', 'punt-toegevoegd', itemForm, recordSteps.item);
  handle('verslag', 'verslag-opgeslagen', recordForm, recordSteps.record);
  handle('acties', 'actie-toegevoegd', actionForm, recordSteps.action);
  handle('acties/:action', 'actie-klaar', actionStatusForm, recordSteps.actionStatus);
  handle('aanwezigheid', 'aanwezigheid-opgeslagen', attendanceForm, recordSteps.attendance);
}
