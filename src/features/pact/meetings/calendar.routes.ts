import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { calendarText } from '../../../platform/calendar/ical.ts';
import { calendarEvent } from './meeting-event.rules.ts';
import { listMeetings } from './meetings.repository.ts';

/** The district's meetings as a calendar feed (the last year and all ahead), and each meeting on its own. */
export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const { baseUrl } = deps.config;

  app.get('/:district/samenwerken/bijeenkomsten.ics', async (request, reply) => {
    const district = districtOf(request);
    const since = new Date(deps.clock.now().getTime() - 365 * 86_400_000).toISOString();
    const meetings = await listMeetings(db, district.id, { from: since });
    const body = calendarText({
      name: request.t('pact.feed.title', { district: district.name }),
      events: meetings.map((m) => calendarEvent(baseUrl, district, m)),
    });
    return (
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${district.slug}.ics"`)
        // Its name follows the reader's language (a cookie): caches keep one copy per cookie, and only privately.
        .header('cache-control', 'private, max-age=900')
        .header('vary', 'Cookie')
        .send(body)
    );
  });

  app.get(
    '/:district/samenwerken/bijeenkomsten/:meeting/bijeenkomst.ics',
    async (request: FastifyRequest<{ Params: { meeting: string } }>, reply) => {
      const district = districtOf(request);
      const [meeting] = await listMeetings(db, district.id, { id: request.params.meeting });
      if (meeting === undefined) throw new HttpProblem(404);
      const body = calendarText({ name: meeting.title, method: 'PUBLISH', events: [calendarEvent(baseUrl, district, meeting)] });
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="bijeenkomst.ics"').send(body);
    },
  );
}
