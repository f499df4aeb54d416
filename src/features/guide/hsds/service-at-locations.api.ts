import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { ServiceAtLocation } from '../model/guide.model.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { serviceFilterOf, serviceIds } from './api.filters.ts';
import { page, pagingOf } from './api.paging.ts';
import { noQuery, serviceAtLocationsQuery } from './api.query.ts';
import { findServiceAtLocation, serviceAtLocationPage } from './api.repository.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { toHsdsLocation, toHsdsSchedule } from './hsds.mapping.ts';
import { hsdsLocation, hsdsService, hsdsServiceAtLocation, idParams, pageOf } from './hsds.schema.ts';
import { toHsdsService } from './service.mapping.ts';

// The service inside does not list where it is held again (the HSDS schema has no room for it).
const fullServiceAtLocation = hsdsServiceAtLocation.extend({
  location: hsdsLocation.optional(),
  service: hsdsService.omit({ service_at_locations: true }).optional(),
});

const listItem = (h: ServiceAtLocation) => ({
  id: h.id,
  service_id: h.serviceId,
  location_id: h.locationId,
  ...(h.description ? { description: h.description } : {}),
});

/** Where an offer is held, with the place, the offer and the hours there. */
async function nested(db: Db, held: ServiceAtLocation, districtId: string) {
  const data = await loadDataset(db, { districtId, serviceIds: [held.serviceId], locationIds: [held.locationId] });
  const ctx = await hsdsContextOf(db, districtId);
  const service = data.services.find((s) => s.id === held.serviceId);
  const location = data.locations.find((l) => l.id === held.locationId);
  return {
    ...listItem(held),
    schedules: data.schedules.filter((s) => s.serviceAtLocationId === held.id).map(toHsdsSchedule),
    ...(location ? { location: toHsdsLocation(location, data, ctx) } : {}),
    ...(service ? { service: toHsdsService(service, data, ctx) } : {}),
  };
}

export function serviceAtLocationsApi(app: FastifyInstance, db: Db, tag: string): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/service_at_locations',
      summary: 'Where services are held, one page at a time (nested with full=true)',
      tag,
      query: serviceAtLocationsQuery,
      response: pageOf(fullServiceAtLocation),
    },
    async ({ query }) => {
      const filter = await serviceFilterOf(db, query);
      // Words search the offers; where they are held follows.
      const words = query.search?.trim() ?? '';
      const within = words === '' ? filter : { ...filter, ids: (await serviceIds(db, filter, words, { page: 1, per_page: 100000 })).ids };
      const { held, total } = await serviceAtLocationPage(db, within, pagingOf(query));
      if (query.full !== true) return page(held.map(listItem), total, query);
      const contents = [];
      for (const h of held) {
        const found = await findServiceAtLocation(db, h.id);
        if (found !== undefined) contents.push(await nested(db, found.held, found.districtId));
      }
      return page(contents, total, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/service_at_locations/{id}',
      summary: 'Where a service is held, with the place, the service and the hours there',
      tag,
      params: idParams,
      query: noQuery,
      response: fullServiceAtLocation,
    },
    async ({ params }) => {
      const found = await findServiceAtLocation(db, params.id);
      if (found === undefined) throw new HttpProblem(404);
      return nested(db, found.held, found.districtId);
    },
  );
}
