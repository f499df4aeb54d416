import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { placesWithAccess } from '../../guide/index.ts';
import { calendarText, type CalendarEvent } from '../../../platform/calendar/ical.ts';
import { agendaItems, findActivity, type AgendaFilter, type AgendaItem } from './activities.repository.ts';
import { isTheme } from './activity.rules.ts';

const DAY = 86_400_000;

/** One occurrence as an iCalendar event; its UID stays the same in every feed and download. */
function eventOf(baseUrl: URL, district: Pick<District, 'slug'>, item: AgendaItem, places: Map<string, string>): CalendarEvent {
  const url = new URL(`/${district.slug}/activiteiten/${item.activity.id}`, baseUrl).href;
  return {
    uid: `${item.activity.id}-${item.startsAt.replace(/[-:.]/g, '')}@wijkportaal`,
    sequence: item.activity.sequence,
    stamp: new Date(item.activity.updatedAt),
    start: new Date(item.startsAt),
    end: new Date(item.endsAt),
    summary: item.activity.title,
    description: [item.cancelled ?? '', item.activity.description, item.activity.audience, url].filter((s) => s !== '').join('\n\n'),
    location: places.get(item.activity.locationId) ?? '',
    url,
    cancelled: item.cancelled !== null,
  };
}

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
    const now = deps.clock.now().getTime();
    const range = { from: new Date(now - 31 * DAY).toISOString(), to: new Date(now + 366 * DAY).toISOString() };
    const items = await agendaItems(db, district.id, { ...range, limit: 5_000, ...filter });
    const places = new Map(
      (await placesWithAccess(db, district.id)).map((p) => [p.id, [p.name, p.address].filter((s) => s !== '').join(', ')]),
    );
    const body = calendarText({ name, events: items.map((item) => eventOf(deps.config.baseUrl, district, item, places)) });
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
