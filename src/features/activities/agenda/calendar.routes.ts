import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { findActivity, type AgendaFilter } from './activities.repository.ts';
import { calendarFeed } from './calendar.query.ts';
import { isTheme } from './activity.rules.ts';

/** The district's agenda as calendar feeds (all, per buurt, per theme: the last month and the year ahead) and each activity's dates. */
export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function sendCalendar(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    filter: Omit<AgendaFilter, 'from' | 'to'>,
    download?: string,
  ) {
    const district = districtOf(request);
    const body = await calendarFeed(db, deps.config.baseUrl, { district, name, filter }, deps.clock.now());
    const disposition =
      download === undefined ? `inline; filename="${district.slug}-activiteiten.ics"` : `attachment; filename="${download}"`;
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', disposition)
      .header('cache-control', 'public, max-age=900')
      .send(body);
  }

  app.get('/:district/activiteiten/agenda.ics', async (request, reply) =>
    sendCalendar(request, reply, request.t('activities.feeds.district', { name: districtOf(request).name }), {}),
  );

  app.get('/:district/activiteiten/buurt/:buurt', async (request: FastifyRequest<{ Params: { buurt: string } }>, reply) => {
    const district = districtOf(request);
    const buurt = request.params.buurt.endsWith('.ics') ? await findBuurt(db, district.id, request.params.buurt.slice(0, -4)) : undefined;
    if (buurt === undefined) throw new HttpProblem(404);
    return sendCalendar(request, reply, request.t('activities.feeds.buurt', { name: buurt.name }), { buurtId: buurt.id });
  });

  app.get('/:district/activiteiten/thema/:theme', async (request: FastifyRequest<{ Params: { theme: string } }>, reply) => {
    const theme = request.params.theme.replace(/\.ics$/, '');
    if (!request.params.theme.endsWith('.ics') || !isTheme(theme)) throw new HttpProblem(404);
    return sendCalendar(request, reply, request.t('activities.feeds.theme', { name: request.t(`activities.theme.${theme}`) }), { theme });
  });

  app.get('/:district/activiteiten/:activity/activiteit.ics', async (request: FastifyRequest<{ Params: { activity: string } }>, reply) => {
    const activity = await findActivity(db, districtOf(request).id, request.params.activity);
    if (activity === undefined || activity.status === 'pending') throw new HttpProblem(404);
    return sendCalendar(request, reply, activity.title, { activityId: activity.id }, 'activiteit.ics');
  });
}
