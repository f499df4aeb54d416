import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { sendInvitations } from './invitations.actions.ts';
import { changeActionStatus, meetingFor, recordMeeting, type RecordTarget } from './meeting-records.actions.ts';
import { actionForm, actionStatusForm, attendanceForm, itemForm, recordForm } from './meeting-records.schema.ts';
import { listMeetings } from './meetings.repository.ts';
import { meetingPage } from './meeting.views.tsx';

type Req = FastifyRequest<{ Params: { meeting: string; action?: string } }>;

export const meetingNotices = [
  'gepland',
  'uitgenodigd',
  'punt-toegevoegd',
  'verslag-opgeslagen',
  'actie-toegevoegd',
  'actie-klaar',
  'aanwezigheid-opgeslagen',
];

/** A meeting's page; the coordinator sends its invitations and keeps its record there. */
export function meetingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const path = '/:district/samenwerken/bijeenkomsten/:meeting';
  const url = (target: RecordTarget) => `/${target.district.slug}/samenwerken/bijeenkomsten/${target.meetingId}`;

  async function page(request: Req): Promise<FormPage> {
    const data = await meetingFor(actionContext(request, deps), districtOf(request), request.params.meeting, accessOf(request));
    if (data === undefined) throw new HttpProblem(404);
    const notice = noticeOf(request, 'pact.notice', meetingNotices);
    return (ctx, form) => meetingPage(ctx, { ...data, notice }, form);
  }

  async function load(request: Req): Promise<RecordTarget> {
    const [meeting] = await listMeetings(db, districtOf(request).id, { id: request.params.meeting });
    if (meeting === undefined) throw new HttpProblem(404);
    return { district: districtOf(request), meetingId: meeting.id };
  }

  app.get(path, async (request: Req, reply) => {
    const shown = await page(request);
    return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
  });

  app.post<{ Params: { meeting: string } }>(`${path}/uitnodigen`, { preHandler: requirePact('coordinate') }, async (request, reply) => {
    const district = districtOf(request);
    const [meeting] = await listMeetings(db, district.id, { id: request.params.meeting });
    if (meeting === undefined) throw new HttpProblem(404);
    await sendInvitations(actionContext(request, deps), request, district, meeting);
    return reply.redirect(`${url({ district, meetingId: meeting.id })}?melding=uitgenodigd`, 303);
  });

  function recordRoute<S extends z.ZodType>(
    segment: string,
    notice: string,
    schema: S,
    act: (request: Req, target: RecordTarget, input: z.output<S>) => Promise<Outcome<string>>,
  ): void {
    formRoute(app, {
      path: `${path}/${segment}`,
      preHandler: requirePact('coordinate'),
      load,
      page,
      schema,
      act,
      done: (_request, target) => `${url(target)}?melding=${notice}`,
      shownOn: (_request, target) => url(target),
    });
  }

  recordRoute('punten', 'punt-toegevoegd', itemForm, (request, target, input) =>
    recordMeeting.item(actionContext(request, deps), target, input),
  );
  recordRoute('verslag', 'verslag-opgeslagen', recordForm, (request, target, input) =>
    recordMeeting.record(actionContext(request, deps), target, input),
  );
  recordRoute('acties', 'actie-toegevoegd', actionForm, (request, target, input) =>
    recordMeeting.action(actionContext(request, deps), target, input),
  );
  recordRoute('aanwezigheid', 'aanwezigheid-opgeslagen', attendanceForm, (request, target, input) =>
    recordMeeting.attendance(actionContext(request, deps), target, input),
  );
  recordRoute('acties/:action', 'actie-klaar', actionStatusForm, async (request, target, input) => {
    const outcome = await changeActionStatus(actionContext(request, deps), target, request.params.action ?? '', input);
    if (!outcome.ok && outcome.status === 404) throw new HttpProblem(404);
    return outcome;
  });
}
