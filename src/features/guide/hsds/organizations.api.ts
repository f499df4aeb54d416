import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { districtIdOf, page, pagingOf } from './api.paging.ts';
import { districtOfEntry, organizationPage } from './api.repository.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { toHsdsOrganization, toHsdsOrganizationList } from './hsds.mapping.ts';
import { hsdsOrganization, hsdsOrganizationList, hsdsService, idParams, pageOf, pageQuery } from './hsds.schema.ts';
import { toHsdsService } from './service.mapping.ts';

export function organizationsApi(app: FastifyInstance, db: Db, tag: string): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/organizations',
      summary: 'Organisations, one page at a time',
      tag,
      query: pageQuery,
      response: pageOf(hsdsOrganizationList),
    },
    async ({ query }) => {
      const { organizations, total } = await organizationPage(db, await districtIdOf(db, query.district), pagingOf(query));
      return page(organizations.map(toHsdsOrganizationList), total, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/organizations/{id}',
      summary: 'One organisation with its places, contacts and services',
      tag,
      params: idParams,
      response: hsdsOrganization.extend({ services: z.array(hsdsService) }),
    },
    async ({ params }) => {
      const districtId = await districtOfEntry(db, 'organizations', params.id);
      if (districtId === undefined) throw new HttpProblem(404);
      const data = await loadDataset(db, { districtId, organizationIds: [params.id] });
      const org = data.organizations.find((o) => o.id === params.id);
      if (org === undefined) throw new HttpProblem(404);
      const ctx = await hsdsContextOf(db, districtId);
      return {
        ...toHsdsOrganization(org, data, ctx),
        services: data.services.filter((s) => s.organizationId === org.id).map((s) => toHsdsService(s, data, ctx)),
      };
    },
  );
}
