import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { parseForm } from '../../../platform/http/forms.ts';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { emptyForm } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { accessOf, requirePact } from '../shared/access.ts';
import { yearOf } from '../shared/days.rules.ts';
import { meetingNotices } from './meeting.routes.tsx';
import { changeMeeting, meetingsOfYear, planMeeting } from './meetings.actions.ts';
import { listMeetings, meetingPlaces, type MeetingSummary } from './meetings.repository.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import { meetingForm } from './meetings.schema.ts';
import { meetingFormPage } from './meeting-form.views.tsx';
import { meetingsYearPage } from './meetings.views.tsx';

/** A meeting as the form shows it: date and times on Amsterdam's clock. */
function formValuesOf(m: MeetingSummary): Record<string, string> {
  const [date, start] = amsterdamParts(m.startsAt);
  return {
    kind: m.kind,
    theme: m.theme ?? '',
    title: m.title,
    date,
    start,
    end: amsterdamParts(m.endsAt)[1],
    venue: m.venue.id,
    organizers: m.organizers.map((o) => o.partnerId).join(','),
    description: m.description,
  };
}

/** The year of meetings, and planning or moving one (the coordinator). */
export function meetingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinate = requirePact('coordinate');
  const meetingUrl = (request: FastifyRequest, id: string) => `/${districtOf(request).slug}/samenwerken/bijeenkomsten/${id}`;

  app.get('/:district/samenwerken/bijeenkomsten', async (request: FastifyRequest<{ Querystring: { jaar?: string } }>, reply) => {
    const ctx = actionContext(request, deps);
    const data = await meetingsOfYear(ctx, districtOf(request), yearOf(request.query.jaar, ctx.now.getUTCFullYear()));
    const notice = noticeOf(request, 'pact.notice', meetingNotices);
    return sendPage(request, reply, (pageCtx) => meetingsYearPage(pageCtx, { ...data, access: accessOf(request), notice }));
  });

  async function formPage(request: FastifyRequest, editing?: string): Promise<FormPage> {
    const district = districtOf(request);
    const data = { venues: await meetingPlaces(db, district.id), partners: await listPartners(db, district.id), editing };
    return (ctx, form) => meetingFormPage(ctx, data, form);
  }

  app.get('/:district/samenwerken/bijeenkomsten/nieuw', { preHandler: coordinate }, async (request, reply) => {
    const shown = await formPage(request);
    return sendPage(request, reply, (ctx) => shown(ctx, emptyForm));
  });
  // The platform's form pattern by hand: the form is sent to the year's address, which shows the year on GET.
  app.post('/:district/samenwerken/bijeenkomsten', { preHandler: coordinate }, async (request, reply) => {
    const form = parseForm(meetingForm, request.body);
    const outcome = form.ok ? await planMeeting(actionContext(request, deps), request.t, districtOf(request), form.data) : form;
    if (outcome.ok) return reply.redirect(`${meetingUrl(request, outcome.value)}?melding=gepland`, 303);
    const shown = await formPage(request);
    const status = 'status' in outcome ? outcome.status : 422;
    return sendPage(request, reply, (ctx) => shown(ctx, { values: form.values, errors: outcome.errors }), status);
  });

  formRoute(app, {
    path: '/:district/samenwerken/bijeenkomsten/:meeting/wijzigen',
    preHandler: coordinate,
    load: async (request: FastifyRequest<{ Params: { meeting: string } }>) => {
      const [meeting] = await listMeetings(db, districtOf(request).id, { id: request.params.meeting });
      if (meeting === undefined) throw new HttpProblem(404);
      return meeting;
    },
    defaults: (_request, meeting) => formValuesOf(meeting),
    page: (request, meeting) => formPage(request, meeting.id),
    schema: meetingForm,
    act: (request, meeting, input) => changeMeeting(actionContext(request, deps), request.t, districtOf(request), meeting.id, input),
    done: (request, meeting) => `${meetingUrl(request, meeting.id)}?melding=gewijzigd`,
  });
}
