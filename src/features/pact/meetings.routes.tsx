import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage } from '../../platform/layout/render.ts';
import { calendarText } from './ical.ts';
import { yearData } from './meetings.data.ts';
import { listMeetings, meetingPlaces, type MeetingSummary } from './meetings.repository.ts';
import { amsterdamParts } from './meetings.rules.ts';
import { meetingForm } from './meetings.schema.ts';
import { calendarEvent, changeMeeting, planMeeting, sendInvitations } from './meetings.service.ts';
import { meetingFormPage, meetingsYearPage } from './meetings.views.tsx';
import { meetingNotices, meetingRecordRoutes, renderMeeting } from './meeting-records.routes.tsx';
import { accessOf, districtOf, noticeOf, requirePact } from './pact.http.ts';
import { listPartners } from './partners.repository.ts';
import { yearOf } from './partners.routes.tsx';

type Req = FastifyRequest<{ Params: { district: string; meeting?: string }; Querystring: { jaar?: string; melding?: string } }>;

export function meetingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinate = { preHandler: requirePact('coordinate') };

  app.get('/:district/samenwerken/bijeenkomsten', async (request: Req, reply) => {
    const year = yearOf(request.query.jaar, deps.clock.now().getUTCFullYear());
    const data = await yearData(deps, districtOf(request), year);
    return sendPage(request, reply, (ctx) =>
      meetingsYearPage(ctx, { ...data, access: accessOf(request), notice: noticeOf(request, meetingNotices) }),
    );
  });

  app.get('/:district/samenwerken/bijeenkomsten.ics', async (request: Req, reply) => {
    const district = districtOf(request);
    const since = new Date(deps.clock.now().getTime() - 365 * 86_400_000).toISOString();
    const meetings = await listMeetings(db, district.id, { from: since });
    const body = calendarText({
      name: request.t('pact.feed.title', { district: district.name }),
      events: meetings.map((m) => calendarEvent(deps, district, m)),
    });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${district.slug}.ics"`)
      .header('cache-control', 'public, max-age=900')
      .send(body);
  });

  async function renderForm(request: Req, reply: FastifyReply, form: FormState, status = 200, editing?: string) {
    const district = districtOf(request);
    const data = { venues: await meetingPlaces(db, district.id), partners: await listPartners(db, district.id), editing };
    return sendPage(request, reply, (ctx) => meetingFormPage(ctx, data, form), status);
  }

  app.get('/:district/samenwerken/bijeenkomsten/nieuw', coordinate, async (request: Req, reply) => renderForm(request, reply, emptyForm));

  app.post('/:district/samenwerken/bijeenkomsten', coordinate, async (request: Req, reply) => {
    const form = parseForm(meetingForm, request.body);
    if (!form.ok) return renderForm(request, reply, form, 422);
    const outcome = await planMeeting(deps, request, districtOf(request), form.data);
    if (!outcome.ok) return renderForm(request, reply, { values: form.values, errors: outcome.errors }, 422);
    return reply.redirect(`/${districtOf(request).slug}/samenwerken/bijeenkomsten/${outcome.value}?melding=gepland`, 303);
  });

  app.get('/:district/samenwerken/bijeenkomsten/:meeting/wijzigen', coordinate, async (request: Req, reply) => {
    const [meeting] = await listMeetings(db, districtOf(request).id, { id: request.params.meeting ?? '' });
    if (meeting === undefined) throw new HttpProblem(404);
    return renderForm(request, reply, { values: formValuesOf(meeting), errors: {} }, 200, meeting.id);
  });

  app.post('/:district/samenwerken/bijeenkomsten/:meeting/wijzigen', coordinate, async (request: Req, reply) => {
    const district = districtOf(request);
    const [meeting] = await listMeetings(db, district.id, { id: request.params.meeting ?? '' });
    if (meeting === undefined) throw new HttpProblem(404);
    const form = parseForm(meetingForm, request.body);
    if (!form.ok) return renderForm(request, reply, form, 422, meeting.id);
    const outcome = await changeMeeting(deps, request, district, meeting.id, form.data);
    if (!outcome.ok) return renderForm(request, reply, { values: form.values, errors: outcome.errors }, 422, meeting.id);
    return reply.redirect(`/${district.slug}/samenwerken/bijeenkomsten/${meeting.id}?melding=gewijzigd`, 303);
  });

  app.get('/:district/samenwerken/bijeenkomsten/:meeting', async (request: Req, reply) => renderMeeting(deps, request, reply, emptyForm));

  app.get('/:district/samenwerken/bijeenkomsten/:meeting/bijeenkomst.ics', async (request: Req, reply) => {
    const district = districtOf(request);
    const [meeting] = await listMeetings(db, district.id, { id: request.params.meeting ?? '' });
    if (meeting === undefined) throw new HttpProblem(404);
    const body = calendarText({ name: meeting.title, method: 'PUBLISH', events: [calendarEvent(deps, district, meeting)] });
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="bijeenkomst.ics"').send(body);
  });

  app.post('/:district/samenwerken/bijeenkomsten/:meeting/uitnodigen', coordinate, async (request: Req, reply) => {
    const district = districtOf(request);
    const [meeting] = await listMeetings(db, district.id, { id: request.params.meeting ?? '' });
    if (meeting === undefined) throw new HttpProblem(404);
    await sendInvitations(deps, request, district, meeting);
    return reply.redirect(`/${district.slug}/samenwerken/bijeenkomsten/${meeting.id}?melding=uitgenodigd`, 303);
  });

  meetingRecordRoutes(app, deps);
}

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
