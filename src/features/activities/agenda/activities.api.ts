import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import { amsterdamParts, amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten, type Buurt } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { placesWithAccess } from '../../guide/index.ts';
import { occurrencesOf } from '../cancellation/cancellation.repository.ts';
import { agendaItems, findActivity, type Activity } from './activities.repository.ts';
import { activitiesQuery, activitiesResponse, activityParams, activityResponse } from './activities.api.schema.ts';
import { addDays } from './activity.rules.ts';

const PER_PAGE = 25;
export const tag = 'activities';
export const path = '/api/v1/districts/{district}/activities';

type Dated = z.input<typeof activityResponse>['dates'];
type Lookups = { buurten: Buurt[]; places: Map<string, { id: string; name: string; address: string }> };

async function lookups(db: DbOrTx, districtId: string): Promise<Lookups> {
  const places = (await placesWithAccess(db, districtId)).map((p) => [p.id, { id: p.id, name: p.name, address: p.address }] as const);
  return { buurten: await listBuurten(db, districtId), places: new Map(places) };
}

function shapeOf(baseUrl: URL, slug: string, a: Activity, dates: Dated, l: Lookups): z.input<typeof activityResponse> {
  const buurt = l.buurten.find((b) => b.id === a.buurtId);
  return {
    id: a.id,
    url: new URL(`/${slug}/activiteiten/${a.id}`, baseUrl).href,
    title: a.title,
    description: a.description,
    audience: a.audience,
    theme: a.theme,
    buurt: buurt === undefined ? null : { id: buurt.id, slug: buurt.slug, name: buurt.name },
    place: l.places.get(a.locationId) ?? null,
    costCents: a.costCents,
    organizer: a.organizerName,
    contact: { name: a.contactName, phone: a.contactPhone, email: a.contactEmail },
    registration: a.registration,
    capacity: a.capacity,
    status: a.status === 'cancelled' ? 'cancelled' : 'published',
    cancelReason: a.cancelReason,
    rrule: a.rrule,
    dates,
  };
}

/** The agenda's public face for other systems: the district's activities, and one with all its dates. */
export function activitiesApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  apiRoute(
    app,
    {
      method: 'get',
      path,
      summary: 'Activities of a district with their dates in a window (from today for four weeks unless asked), 25 per page',
      tag,
      params: districtParams,
      query: activitiesQuery,
      response: activitiesResponse,
    },
    async ({ query }, request) => {
      const district = districtOf(request);
      const l = await lookups(db, district.id);
      const buurt = query.buurt === undefined ? undefined : l.buurten.find((b) => b.slug === query.buurt);
      // An unknown buurt finds nothing rather than everything.
      if (query.buurt !== undefined && buurt === undefined) return { total: 0, page: query.page, pages: 1, activities: [] };
      const from = query.from ?? amsterdamParts(deps.clock.now().toISOString())[0];
      const to = query.to ?? addDays(from, 28);
      const instant = (d: string) => amsterdamToUtc(d, '00:00')?.toISOString() ?? `${d}T00:00:00.000Z`;
      const items = await agendaItems(db, district.id, {
        from: instant(from),
        to: instant(to),
        buurtId: buurt?.id,
        theme: query.theme,
        limit: 5_000,
      });
      const grouped = new Map<string, { activity: Activity; dates: Dated }>();
      for (const item of items) {
        const entry = grouped.get(item.activity.id) ?? { activity: item.activity, dates: [] };
        entry.dates.push({ startsAt: item.startsAt, endsAt: item.endsAt, cancelled: item.cancelled });
        grouped.set(item.activity.id, entry);
      }
      const all = [...grouped.values()];
      const shown = all.slice((query.page - 1) * PER_PAGE, query.page * PER_PAGE);
      return {
        total: all.length,
        page: query.page,
        pages: Math.max(1, Math.ceil(all.length / PER_PAGE)),
        activities: shown.map((e) => shapeOf(deps.config.baseUrl, district.slug, e.activity, e.dates, l)),
      };
    },
  );

  async function publicActivity(districtId: string, id: string): Promise<Activity> {
    const activity = await findActivity(db, districtId, id);
    if (activity === undefined || activity.status === 'pending') throw new HttpProblem(404);
    return activity;
  }

  apiRoute(
    app,
    {
      method: 'get',
      path: `${path}/{activity}`,
      summary: 'One activity with every date it has (cancelled ones marked with their reason)',
      tag,
      params: activityParams,
      response: activityResponse,
    },
    async ({ params }, request) => {
      const district = districtOf(request);
      const activity = await publicActivity(district.id, params.activity);
      const dates = (await occurrencesOf(db, activity.id)).map((o) => ({
        ...o,
        cancelled: activity.status === 'cancelled' ? (activity.cancelReason ?? '') : o.cancelled,
      }));
      return shapeOf(deps.config.baseUrl, district.slug, activity, dates, await lookups(db, district.id));
    },
  );
}
