import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { districtIdOf, page, pagingOf } from './api.paging.ts';
import { serviceAtLocationPage } from './api.repository.ts';
import { toHsdsTaxonomies, toHsdsTaxonomyTerm } from './document.mapping.ts';
import { hsdsServiceAtLocation, hsdsTaxonomy, hsdsTaxonomyTerm, pageOf, pageQuery } from './hsds.schema.ts';

export function listsApi(app: FastifyInstance, db: Db, tag: string): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/service_at_locations',
      summary: 'Where services are held, one page at a time',
      tag,
      query: pageQuery,
      response: pageOf(hsdsServiceAtLocation),
    },
    async ({ query }) => {
      const { held, total } = await serviceAtLocationPage(db, await districtIdOf(db, query.district), pagingOf(query));
      const contents = held.map((h) => ({
        id: h.id,
        service_id: h.serviceId,
        location_id: h.locationId,
        ...(h.description ? { description: h.description } : {}),
      }));
      return page(contents, total, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/taxonomies',
      summary: 'The taxonomies of the guide',
      tag,
      query: pageQuery,
      response: pageOf(hsdsTaxonomy),
    },
    ({ query }) => {
      const all = toHsdsTaxonomies();
      return page(all.slice((query.page - 1) * query.per_page, query.page * query.per_page), all.length, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/taxonomy_terms',
      summary: 'The terms of the taxonomies: themes, for whom, kinds',
      tag,
      query: pageQuery,
      response: pageOf(hsdsTaxonomyTerm),
    },
    async ({ query }) => {
      const all = (await cachedTerms(db)).map(toHsdsTaxonomyTerm);
      return page(all.slice((query.page - 1) * query.per_page, query.page * query.per_page), all.length, query);
    },
  );
}
