import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../../../platform/api/openapi.ts';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findDistrictBySlug, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { listTerms, loadDataset, toOrganization, toService } from '../model/dataset.repository.ts';
import {
  toHsdsOrganization,
  toHsdsOrganizationList,
  toHsdsService,
  toHsdsServiceList,
  toHsdsTaxonomies,
  toHsdsTaxonomyTerm,
} from './hsds.mapping.ts';
import {
  hsdsOrganization,
  hsdsOrganizationList,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceList,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
  idParams,
  pageOf,
  pageQuery,
} from './hsds.schema.ts';
import { searchEntries } from '../search/search.repository.ts';
import { queryWords } from '../search/search.rules.ts';

type PageQuery = z.output<typeof pageQuery>;

/** HSDS paging around one page of contents. */
function page<T>(contents: T[], total: number, q: Pick<PageQuery, 'page' | 'per_page'>) {
  const totalPages = Math.max(1, Math.ceil(total / q.per_page));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: q.page,
    size: contents.length,
    first_page: q.page === 1,
    last_page: q.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

async function districtIdOf(db: Db, slug: string | undefined): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  const district = await findDistrictBySlug(db, slug);
  if (district === undefined) throw new HttpProblem(404);
  return district.id;
}

async function contextFor(db: Db, districtId: string) {
  return { terms: await listTerms(db), buurten: await listBuurten(db, districtId) };
}

async function servicePage(db: Db, q: PageQuery) {
  const districtId = await districtIdOf(db, q.district);
  const offset = (q.page - 1) * q.per_page;
  if (q.search !== undefined && q.search.trim() !== '') {
    const found = await searchEntries(
      db,
      {
        ...(districtId ? { districtId } : {}),
        words: queryWords(q.search),
        types: ['service'],
        termIds: q.taxonomy_term_id ? [q.taxonomy_term_id] : [],
      },
      { limit: q.per_page, offset },
    );
    return { ids: found.hits.map((h) => h.entryId), total: found.total };
  }
  let base = db.selectFrom('services');
  if (districtId) base = base.where('district_id', '=', districtId);
  if (q.organization_id) base = base.where('organization_id', '=', q.organization_id);
  if (q.taxonomy_term_id)
    base = base.where('id', 'in', db.selectFrom('service_terms').select('service_id').where('term_id', '=', q.taxonomy_term_id));
  const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const ids = (await base.select('id').orderBy('name').orderBy('id').limit(q.per_page).offset(offset).execute()).map((r) => r.id);
  return { ids, total };
}

/** The HSDS 3 read API under /api/hsds/: open data of every district, or of one with `district=oost`. */
export function hsdsApi(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const tag = 'hsds';

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/hsds',
      summary: 'HSDS version of this API',
      tag,
      response: z.object({ version: z.string(), openapi_url: z.string() }),
    },
    () => ({
      version: '3.0',
      openapi_url: new URL('/api/openapi.json', deps.config.baseUrl).href,
    }),
  );

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
      const { ids, total } = await servicePage(db, query);
      const rows = ids.length ? await db.selectFrom('services').selectAll().where('id', 'in', ids).execute() : [];
      const orgIds = [...new Set(rows.map((r) => r.organization_id))];
      const orgs = orgIds.length
        ? (await db.selectFrom('organizations').selectAll().where('id', 'in', orgIds).execute()).map(toOrganization)
        : [];
      const byId = new Map(rows.map((r) => [r.id, toService(r)]));
      const contents = ids.flatMap((id) => {
        const service = byId.get(id);
        return service
          ? [
              toHsdsServiceList(
                service,
                orgs.find((o) => o.id === service.organizationId),
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
      const row = await db.selectFrom('services').select('district_id').where('id', '=', params.id).executeTakeFirst();
      if (row === undefined) throw new HttpProblem(404);
      const data = await loadDataset(db, { districtId: row.district_id, serviceIds: [params.id] });
      const service = data.services.find((s) => s.id === params.id);
      if (service === undefined) throw new HttpProblem(404);
      return toHsdsService(service, data, await contextFor(db, row.district_id));
    },
  );

  organizationApi(app, db);
  listApi(app, db);
}

function organizationApi(app: FastifyInstance, db: Db): void {
  const tag = 'hsds';
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
      const districtId = await districtIdOf(db, query.district);
      let base = db.selectFrom('organizations');
      if (districtId) base = base.where('district_id', '=', districtId);
      const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const rows = await base
        .selectAll()
        .orderBy('name')
        .orderBy('id')
        .limit(query.per_page)
        .offset((query.page - 1) * query.per_page)
        .execute();
      return page(
        rows.map((r) => toHsdsOrganizationList(toOrganization(r))),
        total,
        query,
      );
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
      const row = await db.selectFrom('organizations').select('district_id').where('id', '=', params.id).executeTakeFirst();
      if (row === undefined) throw new HttpProblem(404);
      const data = await loadDataset(db, { districtId: row.district_id, organizationIds: [params.id] });
      const org = data.organizations.find((o) => o.id === params.id);
      if (org === undefined) throw new HttpProblem(404);
      const ctx = await contextFor(db, row.district_id);
      return {
        ...toHsdsOrganization(org, data, ctx),
        services: data.services.filter((s) => s.organizationId === org.id).map((s) => toHsdsService(s, data, ctx)),
      };
    },
  );
}

function listApi(app: FastifyInstance, db: Db): void {
  const tag = 'hsds';
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
      const districtId = await districtIdOf(db, query.district);
      let base = db.selectFrom('service_at_locations as sal').innerJoin('services as s', 's.id', 'sal.service_id');
      if (districtId) base = base.where('s.district_id', '=', districtId);
      const total = (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const rows = await base
        .select(['sal.id', 'sal.service_id', 'sal.location_id', 'sal.description'])
        .orderBy('sal.id')
        .limit(query.per_page)
        .offset((query.page - 1) * query.per_page)
        .execute();
      return page(
        rows.map((r) => ({
          id: r.id,
          service_id: r.service_id,
          location_id: r.location_id,
          ...(r.description ? { description: r.description } : {}),
        })),
        total,
        query,
      );
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
      const all = (await listTerms(db)).map(toHsdsTaxonomyTerm);
      return page(all.slice((query.page - 1) * query.per_page, query.page * query.per_page), all.length, query);
    },
  );
}
