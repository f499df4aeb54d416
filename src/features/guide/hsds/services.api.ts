import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { fullServices, serviceFilterOf, serviceIds } from './api.filters.ts';
import { page } from './api.paging.ts';
import { noQuery, servicesQuery } from './api.query.ts';
import { districtOfEntry, serviceChanges, servicesWithOrganizations } from './api.repository.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { hsdsService, idParams, pageOf, uuid } from './hsds.schema.ts';
import { toHsdsService, toHsdsServiceList } from './service.mapping.ts';

/** `minimal=true`: just each offer's id and last change, for a client that keeps a copy up to date. */
const minimalService = z.object({ id: uuid, last_modified: z.string() });

async function listed(db: Db, ids: readonly string[]) {
  const { services, organizations } = await servicesWithOrganizations(db, ids);
  return ids.flatMap((id) => {
    const service = services.find((s) => s.id === id);
    return service
      ? [
          toHsdsServiceList(
            service,
            organizations.find((o) => o.id === service.organizationId),
          ),
        ]
      : [];
  });
}

export function servicesApi(app: FastifyInstance, db: Db, tag: string): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/services',
      summary: 'Services, one page at a time (HSDS service_list; full services with full=true, id and last change with minimal=true)',
      tag,
      query: servicesQuery,
      response: pageOf(z.union([hsdsService, minimalService])),
    },
    async ({ query }) => {
      const { ids, total } = await serviceIds(db, await serviceFilterOf(db, query), query.search, query);
      if (query.minimal === true) {
        const changes = await serviceChanges(db, ids);
        return page(
          ids.flatMap((id) => changes.find((c) => c.id === id) ?? []),
          total,
          query,
        );
      }
      return page(query.full === true ? await fullServices(db, ids) : await listed(db, ids), total, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/services/{id}',
      summary: 'One service with everything about it (HSDS service)',
      tag,
      params: idParams,
      query: noQuery,
      response: hsdsService,
    },
    async ({ params }) => {
      const districtId = await districtOfEntry(db, 'services', params.id);
      if (districtId === undefined) throw new HttpProblem(404);
      const data = await loadDataset(db, { districtId, serviceIds: [params.id] });
      const service = data.services.find((s) => s.id === params.id);
      if (service === undefined) throw new HttpProblem(404);
      return toHsdsService(service, data, await hsdsContextOf(db, districtId));
    },
  );
}
