import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { searchEntries } from '../search/search.repository.ts';
import { queryWords } from '../search/search.rules.ts';
import { districtIdOf, page, pagingOf, type PageQuery } from './api.paging.ts';
import { districtOfEntry, servicePage, servicesWithOrganizations } from './api.repository.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { hsdsService, hsdsServiceList, idParams, pageOf, pageQuery } from './hsds.schema.ts';
import { toHsdsService, toHsdsServiceList } from './service.mapping.ts';

/** The ids of one page of offers: found by the search when words are given, else by name. */
async function serviceIds(db: Db, q: PageQuery) {
  const districtId = await districtIdOf(db, q.district);
  if (q.search === undefined || q.search.trim() === '')
    return servicePage(db, { districtId, organizationId: q.organization_id, termId: q.taxonomy_term_id }, pagingOf(q));
  const found = await searchEntries(
    db,
    {
      ...(districtId ? { districtId } : {}),
      words: queryWords(q.search),
      types: ['service'],
      termIds: q.taxonomy_term_id ? [q.taxonomy_term_id] : [],
    },
    pagingOf(q),
  );
  return { ids: found.hits.map((h) => h.entryId), total: found.total };
}

export function servicesApi(app: FastifyInstance, db: Db, tag: string): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/services',
      summary: 'Services, one page at a time (HSDS service_list)',
      tag,
      query: pageQuery,
      response: pageOf(hsdsServiceList),
    },
    async ({ query }) => {
      const { ids, total } = await serviceIds(db, query);
      const { services, organizations } = await servicesWithOrganizations(db, ids);
      const contents = ids.flatMap((id) => {
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
      return page(contents, total, query);
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
