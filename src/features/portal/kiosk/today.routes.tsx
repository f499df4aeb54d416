import type { FastifyInstance, FastifyRequest } from 'fastify';
import { amsterdamParts, amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { agendaItems } from '../../activities/index.ts';
import { contactPointOfDistrict, kioskFrameOf, locationNames } from '../../guide/index.ts';
import { splitTodayAndWeek, type KioskActivity } from './today.rules.ts';
import { kioskTodayPage } from './today.views.tsx';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const SHOWN = 40;

const dayOf = (iso: string) => amsterdamParts(iso)[0];

const placeOf = (id: string | null, names: Map<string, string>) => {
  const name = id === null ? undefined : names.get(id);
  return id === null || name === undefined ? null : { id, name };
};

/** Issue 11.10: the kiosk's "what's on today and this week", with where and whom to ask. */
export function kioskTodayRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get('/:district/kiosk/te-doen', async (request: FastifyRequest<{ Querystring: { wacht?: string } }>, reply) => {
    const k = kioskFrameOf(districtOf(request), request.query.wacht);
    const now = deps.clock.now();
    const from = amsterdamToUtc(dayOf(now.toISOString()), '00:00') ?? now;
    const items = await agendaItems(db, k.district.id, {
      from: from.toISOString(),
      to: new Date(now.getTime() + WEEK_MS).toISOString(),
      limit: SHOWN,
    });
    const places = await locationNames(
      db,
      items.map((i) => i.activity.locationId),
    );
    const shown: KioskActivity[] = items.map((i) => ({
      title: i.activity.title,
      startsAt: i.startsAt,
      endsAt: i.endsAt,
      place: placeOf(i.activity.locationId, places),
      contact: { name: i.activity.contactName, phone: i.activity.contactPhone, email: i.activity.contactEmail },
    }));
    const point = await contactPointOfDistrict(db, k.district.id);
    return sendPage(request, reply, (ctx) => kioskTodayPage(ctx, k, { ...splitTodayAndWeek(shown, now, dayOf), point, now }));
  });
}
