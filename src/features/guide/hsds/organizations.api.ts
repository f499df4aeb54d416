import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { Organization } from '../model/guide.model.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import { searchEntries } from '../search/search.repository.ts';
import { queryWords } from '../search/search.rules.ts';
import { districtIdOf, page, pagingOf } from './api.paging.ts';
import { organizationQuery, organizationsQuery, type Paging } from './api.query.ts';
import { districtOfEntry, organizationPage } from './api.repository.ts';
import { hsdsContextOf } from './hsds.context.ts';
import { toHsdsOrganization, toHsdsOrganizationList } from './hsds.mapping.ts';
import { hsdsOrganization, hsdsService, idParams, pageOf } from './hsds.schema.ts';
import { toHsdsService, toHsdsServiceList } from './service.mapping.ts';

const withServices = hsdsOrganization.extend({ services: z.array(hsdsService).optional() });

/** An organisation nested: its places, contacts and phones, and its services in full or as a list when asked. */
async function nested(db: Db, org: Organization, services: 'full' | 'list' | 'none') {
  const data = await loadDataset(db, { districtId: org.districtId, organizationIds: [org.id] });
  const ctx = await hsdsContextOf(db, org.districtId);
  const own = data.services.filter((s) => s.organizationId === org.id);
  return {
    ...toHsdsOrganization(org, data, ctx),
    ...(services === 'none'
      ? {}
      : { services: own.map((s) => (services === 'full' ? toHsdsService(s, data, ctx) : toHsdsServiceList(s, org))) }),
  };
}

/** One page of organisations: ranked by the search when words are given, else by name. */
async function organizationsOf(db: Db, districtId: string | undefined, search: string | undefined, q: Paging) {
  const words = queryWords(search ?? '');
  if (words.length === 0) return organizationPage(db, { districtId }, pagingOf(q));
  const found = await searchEntries(db, { ...(districtId ? { districtId } : {}), words, types: ['organization'] });
  const ranked = found.hits.map((h) => h.entryId);
  const { organizations } = await organizationPage(db, { districtId, ids: ranked }, { limit: ranked.length, offset: 0 });
  const { limit, offset } = pagingOf(q);
  const ordered = ranked.flatMap((id) => organizations.find((o) => o.id === id) ?? []);
  return { organizations: ordered.slice(offset, offset + limit), total: ordered.length };
}

export function organizationsApi(app: FastifyInstance, db: Db, tag: string): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/organizations',
      summary: 'Organisations, one page at a time (nested with full=true, with their full services with full_service=true)',
      tag,
      query: organizationsQuery,
      response: pageOf(withServices),
    },
    async ({ query }) => {
      const { organizations, total } = await organizationsOf(db, await districtIdOf(db, query.district), query.search, query);
      if (query.full !== true && query.full_service !== true) return page(organizations.map(toHsdsOrganizationList), total, query);
      const contents = [];
      for (const org of organizations) contents.push(await nested(db, org, query.full_service === true ? 'full' : 'none'));
      return page(contents, total, query);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds/organizations/{id}',
      summary: 'One organisation with its places, contacts and services (in full, or as a list with full_service=false)',
      tag,
      params: idParams,
      query: organizationQuery,
      response: withServices,
    },
    async ({ params, query }) => {
      const districtId = await districtOfEntry(db, 'organizations', params.id);
      if (districtId === undefined) throw new HttpProblem(404);
      const { organizations } = await organizationPage(db, { districtId, ids: [params.id] }, { limit: 1, offset: 0 });
      const org = organizations[0];
      if (org === undefined) throw new HttpProblem(404);
      return nested(db, org, query.full_service === false ? 'list' : 'full');
    },
  );
}
